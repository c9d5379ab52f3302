package site

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"qidian-calculator/internal/compress"
)

// testPage stands in for the UI, which these tests do not depend on.
type testPage struct{ app.Compo }

func (*testPage) Render() app.UI { return app.P().Text("test page") }

// testPages are the routes of the tests' app.
var testPages = []string{"/"}

func TestMain(m *testing.M) {
	for _, p := range testPages {
		app.Route(p, func() app.Composer { return &testPage{} })
	}
	os.Exit(m.Run())
}

const secret = "SECRET-OUTSIDE-WEB-DIR"

// fakeWasm is compressible, like the real one, and big enough that every
// encoding differs from the original.
var fakeWasm = bytes.Repeat([]byte("\x00asm fake module "), 4096)

// writeWebDir makes a web directory like `make build` does, beside a file
// that no request may reach.
func writeWebDir(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	dir := filepath.Join(root, "web")
	files := map[string][]byte{
		"app.wasm":                fakeWasm,
		"app.css":                 []byte(strings.Repeat(".calc { color: #0052d9; }\n", 50)),
		"print.css":               []byte(strings.Repeat("@media print { .calc { color: #000; } }\n", 20)),
		"icons/icon-192.png":      []byte("\x89PNG fake 192"),
		"icons/icon-512.png":      []byte("\x89PNG fake 512"),
		"icons/icon-maskable.png": []byte("\x89PNG fake maskable"),
		"icons/icon.svg":          []byte(`<svg xmlns="http://www.w3.org/2000/svg">` + strings.Repeat("<g/>", 50) + `</svg>`),
		".hidden":                 []byte(secret),
	}
	for name, body := range files {
		write(t, filepath.Join(dir, name), body)
		if compress.Compressible(name) {
			for _, e := range compress.Encodings {
				write(t, filepath.Join(dir, name+e.Suffix), compress.Encode(e.Name, body))
			}
		}
	}
	write(t, filepath.Join(root, "secret.txt"), []byte(secret))
	write(t, filepath.Join(root, "server.go"), []byte(secret))
	return dir
}

func write(t *testing.T, name string, body []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, body, 0o644); err != nil {
		t.Fatal(err)
	}
}

func newTestSite(t *testing.T) *Site {
	t.Helper()
	s, err := New(Config{WebDir: writeWebDir(t), Pages: testPages})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// do sends one request; header is name, value pairs.
func do(h http.Handler, method, target string, header ...string) *http.Response {
	req := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, res *http.Response) []byte {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCaching(t *testing.T) {
	s := newTestSite(t)
	tests := []struct{ target, want string }{
		{"/", "no-cache"},
		{"/app-worker.js", "no-cache"},
		{"/app.js", "no-cache"},
		{"/manifest.webmanifest", "no-cache"},
		{"/web/app.wasm", "no-cache"},
		{"/v/" + s.version + "/web/app.wasm", "public, max-age=31536000, immutable"},
		{"/v/" + s.version + "/web/icons/icon.svg", "public, max-age=31536000, immutable"},
	}
	for _, tt := range tests {
		res := do(s, http.MethodGet, tt.target)
		if res.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d", tt.target, res.StatusCode)
		}
		if got := res.Header.Get("Cache-Control"); got != tt.want {
			t.Errorf("%s: Cache-Control %q, want %q", tt.target, got, tt.want)
		}
	}
}

func TestMissingFiles(t *testing.T) {
	for _, name := range []string{"app.wasm", "app.css", "icons/icon-maskable.png"} {
		dir := writeWebDir(t)
		if err := os.Remove(filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
		if _, err := New(Config{WebDir: dir, Pages: testPages}); err == nil || !strings.Contains(err.Error(), name+" is missing") {
			t.Errorf("New without %s: %v, want an error that names it", name, err)
		}
	}
}

func TestNotFound(t *testing.T) {
	s := newTestSite(t)
	for _, target := range []string{
		"/nope",
		"/index.html",
		"/web",
		"/web/",
		"/web/icons",
		"/web/icons/",
		"/web/.hidden",
		"/web/app.wasm.br",
		"/web/app.wasm.gz",
		"/v/0000000000000000/web/app.wasm",
		"/v/" + s.version + "/web/",
		// go-app's aliases and proxies, which this site does not offer.
		"/app.wasm",
		"/goapp.wasm",
		"/goapp.js",
		"/manifest.json",
		"/robots.txt",
		"/sitemap.xml",
		"/ads.txt",
	} {
		res := do(s, http.MethodGet, target)
		if res.StatusCode != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", target, res.StatusCode)
		}
		if b := body(t, res); bytes.Contains(b, []byte(secret)) || bytes.Contains(b, []byte("test page")) {
			t.Errorf("%s: body %q", target, b)
		}
	}
}

// TestNotFoundEvenIfVersionMatches guards against go-app's handler, which
// answers 304 to any path whose If-None-Match is its version.
func TestNotFoundEvenIfVersionMatches(t *testing.T) {
	s := newTestSite(t)
	res := do(s, http.MethodGet, "/nope", "If-None-Match", `"`+s.version+`"`)
	if res.StatusCode != http.StatusNotFound {
		t.Errorf("status %d, want 404", res.StatusCode)
	}
}

func TestMethods(t *testing.T) {
	s := newTestSite(t)
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodOptions, "PROPFIND"} {
		res := do(s, method, "/")
		if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s /: %d Allow %q, want 405 GET, HEAD", method, res.StatusCode, res.Header.Get("Allow"))
		}
	}
}

// TestTraversal sends raw request lines, so no client cleans the path.
func TestTraversal(t *testing.T) {
	srv := httptest.NewServer(newTestSite(t))
	defer srv.Close()
	for _, target := range []string{
		"/../secret.txt",
		"/../server.go",
		"/web/../server.go",
		"/web/../../secret.txt",
		"/web/%2e%2e/secret.txt",
		"/web/%2E%2E/%2E%2E/secret.txt",
		"/web/..%2fsecret.txt",
		"/web/..%2f..%2fsecret.txt",
		"/web/icons%2ficon.svg",
		"/web/icons%5c..%5c..%5csecret.txt",
		"/web/..\\..\\secret.txt",
		"/web//app.wasm",
		"//web/app.wasm",
		"/web/./app.wasm",
		"/v/%2e%2e/web/app.wasm",
		"/%2e%2e/%2e%2e/etc/passwd",
	} {
		status, b := rawGet(t, srv.Listener.Addr().String(), target)
		if status != http.StatusNotFound && status != http.StatusBadRequest {
			t.Errorf("GET %s: status %d, want 404 or 400", target, status)
		}
		if bytes.Contains(b, []byte(secret)) {
			t.Errorf("GET %s leaked a file outside web/", target)
		}
	}
}

func rawGet(t *testing.T, addr, target string) (int, []byte) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: example.test\r\nConnection: close\r\n\r\n", target)
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	defer res.Body.Close()
	return res.StatusCode, body(t, res)
}

func TestPage(t *testing.T) {
	s := newTestSite(t)
	res := do(s, http.MethodGet, "/?from=test")
	page := string(body(t, res))
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Fatalf("status %d, Content-Type %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	for _, want := range []string{
		`<html lang="zh-CN">`,
		"test page",
		"<title>腾讯企点客服价格计算器</title>",
		`href="/v/` + s.version + `/web/app.css"`,
		`href="/v/` + s.version + `/web/icons/icon.svg"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s:\n%s", want, page)
		}
	}
	if strings.Contains(page, "githubusercontent") {
		t.Errorf("page uses go-app's remote icon:\n%s", page)
	}
}

// The page is rendered once and kept compressed: it is negotiated like any
// file, and a second request is the same bytes with the same ETag.
func TestPageCompressedAndKept(t *testing.T) {
	s := newTestSite(t)
	first := do(s, http.MethodGet, "/", "Accept-Encoding", "br")
	if first.Header.Get("Content-Encoding") != "br" || first.Header.Get("Vary") != "Accept-Encoding" {
		t.Fatalf("page not sent as brotli: %v", first.Header)
	}
	again := do(s, http.MethodGet, "/", "Accept-Encoding", "br")
	if first.Header.Get("ETag") == "" || again.Header.Get("ETag") != first.Header.Get("ETag") {
		t.Errorf("ETag %q then %q", first.Header.Get("ETag"), again.Header.Get("ETag"))
	}
	if !bytes.Equal(body(t, first), body(t, again)) {
		t.Error("the page changed between two requests")
	}
	plain := do(s, http.MethodGet, "/")
	if plain.Header.Get("Content-Encoding") != "" || !strings.Contains(string(body(t, plain)), "test page") {
		t.Errorf("identity page: %v", plain.Header)
	}
}
