package site

import (
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
