package site

import (
	"net/http"
	"path/filepath"
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
