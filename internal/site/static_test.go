package site

import (
	"bytes"
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
