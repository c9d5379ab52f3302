package site

import (
	"bytes"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCleanPrefix(t *testing.T) {
	tests := []struct{ in, want, err string }{
		{"", "", ""},
		{"/", "", ""},
		{"/calc", "/calc", ""},
		{"/calc/", "/calc", ""},
		{"/tools/qidian-calc", "/tools/qidian-calc", ""},
		{"calc", "", "bad"},
		{"/a/../b", "", "bad"},
		{"/a//b", "", "bad"},
		{"/a b", "", "bad"},
		{"/计算", "", "bad"},
		{"/a?b", "", "bad"},
	}
	for _, tt := range tests {
		got, err := CleanPrefix(tt.in)
		if got != tt.want || (err == nil) != (tt.err == "") {
			t.Errorf("CleanPrefix(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.err != "")
		}
	}
}

func TestStaticExport(t *testing.T) {
	dir := writeWebDir(t)
	out := filepath.Join(t.TempDir(), "dist")
	s, err := New(Config{WebDir: dir, Pages: testPages, Prefix: "/calc"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Export(out); err != nil {
		t.Fatal(err)
	}
	versioned := filepath.Join(out, "v", s.version, "web")
	for _, name := range []string{
		"index.html", "app.js", "app-worker.js", "wasm_exec.js", "manifest.webmanifest", "app.css",
		filepath.Join(versioned, "app.wasm"),
		filepath.Join(versioned, "app.wasm.br"),
		filepath.Join(versioned, "app.wasm.gz"),
		filepath.Join(versioned, "icons", "icon-192.png"),
	} {
		if !filepath.IsAbs(name) {
			name = filepath.Join(out, name)
		}
		if _, err := os.Stat(name); err != nil {
			t.Error(err)
		}
	}
	if _, err := os.Stat(filepath.Join(versioned, ".hidden")); err == nil {
		t.Error("export copied a dot file")
	}
	wasm, err := os.ReadFile(filepath.Join(versioned, "app.wasm"))
	if err != nil || !bytes.Equal(wasm, fakeWasm) {
		t.Errorf("exported app.wasm differs (%v)", err)
	}
	appJS, err := os.ReadFile(filepath.Join(out, "app.js"))
	if err != nil || !bytes.Equal(appJS, s.routes["/app.js"].body) {
		t.Errorf("exported app.js is not the one the server sends (%v)", err)
	}
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if want := `href="/calc/v/` + s.version + `/web/app.css"`; !bytes.Contains(index, []byte(want)) {
		t.Errorf("index.html lacks %s:\n%s", want, index)
	}
	manifest, err := os.ReadFile(filepath.Join(out, "manifest.webmanifest"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"scope":"/calc/"`, `"start_url":"/calc/"`} {
		if !bytes.Contains(manifest, []byte(want)) {
			t.Errorf("manifest.webmanifest lacks %s:\n%s", want, manifest)
		}
	}
	// Every file the service worker caches must exist under the prefix.
	worker, err := os.ReadFile(filepath.Join(out, "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range resourcesToCache(t, string(worker)) {
		rel, ok := strings.CutPrefix(u, "/calc/")
		if !ok {
			t.Errorf("service worker caches %s, outside /calc/", u)
			continue
		}
		if rel == "" {
			rel = "index.html"
		}
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(rel))); err != nil {
			t.Errorf("service worker caches %s: %v", u, err)
		}
	}
}

// The export tells a static host, in _headers, to send what the server
// sends: the security headers (with the embed origins) and its caching.
func TestStaticHeaders(t *testing.T) {
	origins, err := ParseEmbedOrigins("https://qidian.qq.com")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []Config{
		{WebDir: writeWebDir(t), Pages: testPages},
		{WebDir: writeWebDir(t), Pages: testPages, Prefix: "/calc", EmbedOrigins: origins},
	} {
		s, err := New(c)
		if err != nil {
			t.Fatal(err)
		}
		out := t.TempDir()
		if err := s.Export(out); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(out, "_headers"))
		if err != nil {
			t.Fatal(err)
		}
		headers := string(b)
		served := do(s, http.MethodGet, "/").Header
		for _, k := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy", "Permissions-Policy", "X-Frame-Options"} {
			line := "  " + k + ": " + served.Get(k) + "\n"
			if has := strings.Contains(headers, line); has != (served.Get(k) != "") {
				t.Errorf("prefix %q: _headers has %q: %v, the server sends %q:\n%s", c.Prefix, line, has, served.Get(k), headers)
			}
		}
		for _, want := range []string{
			c.Prefix + "/*\n",
			c.Prefix + "/v/*\n  Cache-Control: public, max-age=31536000, immutable\n",
			c.Prefix + "/app-worker.js\n  Cache-Control: no-cache\n",
		} {
			if !strings.Contains(headers, want) {
				t.Errorf("prefix %q: _headers lacks %q:\n%s", c.Prefix, want, headers)
			}
		}
	}
}
