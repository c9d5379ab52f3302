package site

import (
	"encoding/json"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestVersion(t *testing.T) {
	dir := writeWebDir(t)
	a, err := New(Config{WebDir: dir, Pages: testPages})
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(Config{WebDir: dir, Pages: testPages})
	if err != nil {
		t.Fatal(err)
	}
	if a.version != b.version {
		t.Errorf("restart changed the version: %s then %s", a.version, b.version)
	}
	write(t, filepath.Join(dir, "app.css"), []byte(".calc{}"))
	c, err := New(Config{WebDir: dir, Pages: testPages})
	if err != nil {
		t.Fatal(err)
	}
	if c.version == a.version {
		t.Errorf("app.css changed but the version did not: %s", a.version)
	}
	worker := string(body(t, do(c, http.MethodGet, "/app-worker.js")))
	if !strings.Contains(worker, `"qidian-calculator-`+c.version+`"`) {
		t.Errorf("service worker does not name version %s", c.version)
	}
	if res := do(c, http.MethodGet, "/v/"+a.version+"/web/app.wasm"); res.StatusCode != http.StatusNotFound {
		t.Errorf("old version URL: status %d, want 404", res.StatusCode)
	}
}

func TestAssetResolver(t *testing.T) {
	tests := []struct{ prefix, in, want string }{
		{"", "/", "/"},
		{"", "/web/app.wasm", "/v/V/web/app.wasm"},
		{"", "web/app.css", "/v/V/web/app.css"},
		{"", "/web", "/v/V/web"},
		{"", "/app.js", "/app.js"},
		{"", "https://qidian.qq.com/", "https://qidian.qq.com/"},
		{"", "#top", "#top"},
		{"/calc", "/", "/calc/"},
		{"/calc", "/web/icons/icon.svg", "/calc/v/V/web/icons/icon.svg"},
		{"/calc", "/app-worker.js", "/calc/app-worker.js"},
	}
	for _, tt := range tests {
		if got := (assetResolver{tt.prefix, "V"}).Resolve(tt.in); got != tt.want {
			t.Errorf("prefix %q: Resolve(%q) = %q, want %q", tt.prefix, tt.in, got, tt.want)
		}
	}
}

// go-app writes an author meta and og:url and og:image whether or not it
// knows them; the page carries them only when they say something.
func TestPageHead(t *testing.T) {
	dir := writeWebDir(t)
	for _, publicURL := range []string{"", "https://calc.example.com/tools"} {
		s, err := New(Config{WebDir: dir, Pages: testPages, URL: publicURL})
		if err != nil {
			t.Fatal(err)
		}
		page := string(body(t, do(s, http.MethodGet, "/")))
		for _, bad := range []string{`name="author"`, `content="https://"`} {
			if strings.Contains(page, bad) {
				t.Errorf("-url %q: page has %s:\n%s", publicURL, bad, page)
			}
		}
		wantURL := `<meta property="og:url" content="https://calc.example.com/tools/">`
		wantImage := `<meta property="og:image" content="https://calc.example.com/tools/v/` + s.version + `/web/icons/icon-512.png">`
		for _, tag := range []string{wantURL, wantImage} {
			if has := strings.Contains(page, tag); has != (publicURL != "") {
				t.Errorf("-url %q: page has %s: %v:\n%s", publicURL, tag, has, page)
			}
		}
		if publicURL == "" && strings.Contains(page, "og:url") {
			t.Errorf("no -url, yet the page has an og:url:\n%s", page)
		}
	}
}

func TestCleanURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"https://calc.example.com", "https://calc.example.com/"},
		{"https://calc.example.com/", "https://calc.example.com/"},
		{"http://127.0.0.1:8080/calc", "http://127.0.0.1:8080/calc/"},
		{"calc.example.com", "bad"},
		{"ftp://calc.example.com/", "bad"},
		{"https://", "bad"},
		{"https://a.example/?x=1", "bad"},
		{"https://a.example/#top", "bad"},
		{"https://user@a.example/", "bad"},
		{"javascript:alert(1)", "bad"},
	}
	for _, tt := range tests {
		got, err := cleanURL(tt.in)
		if tt.want == "bad" {
			if err == nil || !strings.Contains(err.Error(), "-url") {
				t.Errorf("cleanURL(%q) = %q, %v; want an error naming -url", tt.in, got, err)
			}
			continue
		}
		if got != tt.want || err != nil {
			t.Errorf("cleanURL(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

// A PWA's scope must hold its start URL and the pages: under a prefix,
// go-app's "/" scope is refused by browsers.
func TestManifestScope(t *testing.T) {
	for _, prefix := range []string{"", "/calc"} {
		s, err := New(Config{WebDir: writeWebDir(t), Pages: testPages, Prefix: prefix})
		if err != nil {
			t.Fatal(err)
		}
		var manifest struct {
			Scope    string `json:"scope"`
			StartURL string `json:"start_url"`
			Name     string `json:"name"`
		}
		if err := json.Unmarshal(s.routes["/manifest.webmanifest"].body, &manifest); err != nil {
			t.Fatal(err)
		}
		if manifest.Scope != prefix+"/" || manifest.StartURL != prefix+"/" || manifest.Name == "" {
			t.Errorf("prefix %q: manifest %+v, want scope and start_url %q", prefix, manifest, prefix+"/")
		}
	}
}

// The page asks for app.wasm as it reads its head, and app.js's fetch must
// be able to take that response: the same URL, under a prefix too, with
// crossorigin (fetch()'s credentials mode). The print stylesheet is linked
// for print only, so the page's scripts do not wait for it.
func TestStartHints(t *testing.T) {
	dir := writeWebDir(t)
	for _, prefix := range []string{"", "/calc"} {
		s, err := New(Config{WebDir: dir, Pages: testPages, Prefix: prefix})
		if err != nil {
			t.Fatal(err)
		}
		page := string(body(t, do(s, http.MethodGet, "/")))
		appJS := string(body(t, do(s, http.MethodGet, "/app.js")))
		fetched := regexp.MustCompile(`fetchWithProgress\("([^"]+)"`).FindStringSubmatch(appJS)
		if fetched == nil {
			t.Fatalf("prefix %q: app.js fetches no app.wasm:\n%s", prefix, appJS)
		}
		preload := `<link rel="preload" href="` + fetched[1] + `" as="fetch" type="application/wasm" crossorigin>`
		if strings.Count(page, preload) != 1 || strings.Count(page, `rel="preload"`) != 1 {
			t.Errorf("prefix %q: want one preload of what app.js fetches, %s, in:\n%s", prefix, preload, page)
		}
		printCSS := `<link rel="stylesheet" href="` + prefix + `/v/` + s.version + `/web/print.css" media="print">`
		if strings.Count(page, "print.css") != 1 || !strings.Contains(page, printCSS) {
			t.Errorf("prefix %q: want print.css linked once, as %s, in:\n%s", prefix, printCSS, page)
		}
	}
}
