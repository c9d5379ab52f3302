package site

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// With -embed-origins, frame-ancestors lists exactly them and
// X-Frame-Options (which cannot list origins) is dropped; every other
// header is the same as without.
func TestEmbedOriginsHeaders(t *testing.T) {
	dir := writeWebDir(t)
	closed, err := New(Config{WebDir: dir, Pages: testPages})
	if err != nil {
		t.Fatal(err)
	}
	origins, err := ParseEmbedOrigins("https://qidian.qq.com  https://WWW.Example.com:8443 http://127.0.0.1:8081 https://qidian.qq.com")
	if err != nil {
		t.Fatal(err)
	}
	open, err := New(Config{WebDir: dir, Pages: testPages, EmbedOrigins: origins})
	if err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{"/", "/app.js", "/web/app.wasm", "/nope"} {
		without, with := do(closed, http.MethodGet, target).Header, do(open, http.MethodGet, target).Header
		if got := without.Get("X-Frame-Options"); got != "DENY" {
			t.Errorf("%s without origins: X-Frame-Options %q, want DENY", target, got)
		}
		if got := with.Get("X-Frame-Options"); got != "" {
			t.Errorf("%s with origins: X-Frame-Options %q, want none", target, got)
		}
		if csp := without.Get("Content-Security-Policy"); !strings.HasSuffix(csp, "; frame-ancestors 'none'") {
			t.Errorf("%s without origins: CSP %q", target, csp)
		}
		want := "; frame-ancestors https://qidian.qq.com https://www.example.com:8443 http://127.0.0.1:8081"
		csp := with.Get("Content-Security-Policy")
		if !strings.HasSuffix(csp, want) {
			t.Errorf("%s with origins: CSP %q, want it to end %q", target, csp, want)
		}
		if strings.TrimSuffix(csp, want) != strings.TrimSuffix(without.Get("Content-Security-Policy"), "; frame-ancestors 'none'") {
			t.Errorf("%s: the rest of the CSP changed with origins:\n%s\n%s", target, csp, without.Get("Content-Security-Policy"))
		}
		for k := range without {
			if k == "X-Frame-Options" || k == "Content-Security-Policy" || k == "Date" || k == "Etag" {
				continue
			}
			if k == "Content-Length" && target == "/" {
				continue // the page's head names the origins (TestEmbedOriginsMeta)
			}
			if with.Get(k) != without.Get(k) {
				t.Errorf("%s: %s is %q with origins, %q without", target, k, with.Get(k), without.Get(k))
			}
		}
	}
}

func TestEmbedOriginsRefuseHostileValues(t *testing.T) {
	for _, tt := range []struct{ list, names string }{
		{"https://a.example 'unsafe-inline'", `"'unsafe-inline'"`},
		{"*", `"*"`},
		{"https://*.example.com", `"https://*.example.com"`},
		{"https://a.example/path", `"https://a.example/path"`},
		{"https://a.example/", `"https://a.example/"`},
		{"https://a.example?x=1", `"https://a.example?x=1"`},
		{"https://a.example#f", `"https://a.example#f"`},
		{"https://a.example\nhttps://b.example", `'\n'`},
		{"https://a.example\r\nX-Injected: 1", `'\r'`},
		{"javascript:alert(1)", `"javascript:alert(1)"`},
		{"data:", `"data:"`},
		{"ftp://a.example", `"ftp://a.example"`},
		{"a.example", `"a.example"`},
		{"https://user@a.example", `"https://user@a.example"`},
		{"https://a.example;script-src", `"https://a.example;script-src"`},
		{"'self'", `"'self'"`},
		{"https://", `"https://"`},
	} {
		origins, err := ParseEmbedOrigins(tt.list)
		if err == nil {
			t.Errorf("ParseEmbedOrigins(%q) = %q, want an error", tt.list, origins)
			continue
		}
		if !strings.Contains(err.Error(), tt.names) || !strings.Contains(err.Error(), "-embed-origins") {
			t.Errorf("ParseEmbedOrigins(%q): %v; want it to name %s and the flag", tt.list, err, tt.names)
		}
	}
	if origins, err := ParseEmbedOrigins("  "); err != nil || len(origins) != 0 {
		t.Errorf("blank list: %q, %v; want nobody", origins, err)
	}
}

// A host no DNS name can be (an empty label, a hyphen at a label's edge, a
// label over 63 or a host over 253 characters), a port out of range and
// more origins than a header should carry are refused, each error naming
// the entry and staying short.
func TestEmbedOriginsRefuseImpossibleHosts(t *testing.T) {
	long := "https://" + strings.Repeat("a", 100_000) + ".example"
	many := ""
	for i := range maxEmbedOrigins + 1 {
		many += fmt.Sprintf("https://a%d.example ", i)
	}
	for _, tt := range []struct{ list, names string }{
		{"http://a..example", `"http://a..example"`},
		{"https://.a.example", `"https://.a.example"`},
		{"https://a.example.", `"https://a.example."`},
		{"https://-a.example", `"https://-a.example"`},
		{"https://a-.example", `"https://a-.example"`},
		{"https://" + strings.Repeat("a", 64) + ".example", strings.Repeat("a", 64)},
		{"https://" + strings.Repeat("a.", 127) + "example", "at most 253"},
		{long, `"https://` + strings.Repeat("a", maxEchoedEntry-len("https://")) + `…"`},
		{"https://a.example:0", `"https://a.example:0"`},
		{"https://a.example:65536", `"https://a.example:65536"`},
		{"https://a.example:", `"https://a.example:"`},
		{many, fmt.Sprintf("at most %d", maxEmbedOrigins)},
	} {
		origins, err := ParseEmbedOrigins(tt.list)
		if err == nil {
			t.Errorf("ParseEmbedOrigins(%.100q) = %.100q, want an error", tt.list, origins)
			continue
		}
		if !strings.Contains(err.Error(), tt.names) || !strings.Contains(err.Error(), "-embed-origins") {
			t.Errorf("ParseEmbedOrigins(%.100q): %.400v; want it to name %s and the flag", tt.list, err, tt.names)
		}
		if len(err.Error()) > 1000 {
			t.Errorf("ParseEmbedOrigins(%.100q): a %d-byte error; hostile input must not be echoed whole", tt.list, len(err.Error()))
		}
	}
	// The longest names DNS allows are still origins.
	label := strings.Repeat("a", 63)
	longest := "https://" + strings.Join([]string{label, label, label, strings.Repeat("b", 61)}, ".") + ":65535"
	if origins, err := ParseEmbedOrigins(longest + " http://x-1.example:1"); err != nil || len(origins) != 2 {
		t.Errorf("the longest host and a hyphenated one: %q, %v; want both", origins, err)
	}
}
