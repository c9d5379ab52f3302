//go:build !wasm

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/internal/compress"
)

// testPage stands in for the UI, which these tests do not depend on.
type testPage struct{ app.Compo }

func (*testPage) Render() app.UI { return app.P().Text("test page") }

func TestMain(m *testing.M) {
	app.Route("/", func() app.Composer { return &testPage{} })
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

func newTestSite(t *testing.T) *site {
	t.Helper()
	s, err := newSite(writeWebDir(t), "")
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

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	s := newTestSite(t)
	want := map[string]string{
		"Content-Security-Policy": contentSecurityPolicy,
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "no-referrer",
		"X-Frame-Options":         "DENY",
	}
	for _, target := range []string{
		"/",
		"/app.js",
		"/web/app.wasm",
		"/v/" + s.version + "/web/app.wasm",
		"/web/icons/icon-192.png",
		"/no/such/page",
	} {
		for _, method := range []string{http.MethodGet, http.MethodHead, http.MethodPost} {
			res := do(s, method, target)
			for k, v := range want {
				if got := res.Header.Get(k); got != v {
					t.Errorf("%s %s: %s = %q, want %q", method, target, k, got, v)
				}
			}
		}
	}
}

func TestContentSecurityPolicy(t *testing.T) {
	for _, want := range []string{"script-src 'self' 'wasm-unsafe-eval';", "frame-ancestors 'none'", "default-src 'none'"} {
		if !strings.Contains(contentSecurityPolicy, want) {
			t.Errorf("CSP lacks %q", want)
		}
	}
	if strings.Contains(contentSecurityPolicy, "unsafe-inline") || strings.Contains(contentSecurityPolicy, "'unsafe-eval'") {
		t.Errorf("CSP allows inline code or eval: %s", contentSecurityPolicy)
	}
}

// TestPageHasNoInlineCode checks what the CSP would block: the page must
// load every script and style from a file.
func TestPageHasNoInlineCode(t *testing.T) {
	s := newTestSite(t)
	page := string(body(t, do(s, http.MethodGet, "/")))
	for _, bad := range []*regexp.Regexp{
		regexp.MustCompile(`<script(?:\s[^>]*)?>[^<]`),
		regexp.MustCompile(`<style`),
		regexp.MustCompile(`\sstyle=`),
		regexp.MustCompile(`\son[a-z]+=`),
	} {
		if m := bad.FindString(page); m != "" {
			t.Errorf("page has inline code %q:\n%s", m, page)
		}
	}
}

func TestCompressionNegotiation(t *testing.T) {
	s := newTestSite(t)
	tests := []struct{ accept, want string }{
		// Browsers.
		{"gzip, deflate, br, zstd", "br"},
		{"gzip, deflate", "gzip"},
		{"br", "br"},
		// None accepted.
		{"", ""},
		{"identity", ""},
		{"deflate, zstd", ""},
		// q values.
		{"br;q=0, gzip", "gzip"},
		{"br;q=0, gzip;q=0", ""},
		{"br;q=0.5, gzip;q=0.8", "gzip"},
		{"BR;Q=1, gzip;q=1", "br"},
		{"gzip;q=0.001", "gzip"},
		{"br;q=banana, gzip", "gzip"},
		{"br;q=2", ""},
		// Wildcard and alias.
		{"*", "br"},
		{"*;q=0", ""},
		{"*, br;q=0", "gzip"},
		{"x-gzip", "gzip"},
	}
	for _, tt := range tests {
		res := do(s, http.MethodGet, "/web/app.wasm", "Accept-Encoding", tt.accept)
		got := res.Header.Get("Content-Encoding")
		if got != tt.want {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want %q", tt.accept, got, tt.want)
		}
		if ct := res.Header.Get("Content-Type"); ct != "application/wasm" {
			t.Errorf("Accept-Encoding %q: Content-Type %q", tt.accept, ct)
		}
		if v := res.Header.Get("Vary"); v != "Accept-Encoding" {
			t.Errorf("Accept-Encoding %q: Vary %q", tt.accept, v)
		}
		b := body(t, res)
		if got != "" {
			var err error
			if b, err = compress.Decode(got, b); err != nil {
				t.Fatalf("Accept-Encoding %q: %v", tt.accept, err)
			}
		}
		if !bytes.Equal(b, fakeWasm) {
			t.Errorf("Accept-Encoding %q: body is not app.wasm", tt.accept)
		}
	}
}

// TestGeneratedFilesCompressed covers go-app's files, compressed at startup.
func TestGeneratedFilesCompressed(t *testing.T) {
	s := newTestSite(t)
	for target, ct := range map[string]string{
		"/app.js":               "text/javascript; charset=utf-8",
		"/app-worker.js":        "text/javascript; charset=utf-8",
		"/wasm_exec.js":         "text/javascript; charset=utf-8",
		"/manifest.webmanifest": "application/manifest+json",
		"/app.css":              "text/css; charset=utf-8",
	} {
		res := do(s, http.MethodGet, target, "Accept-Encoding", "gzip")
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != ct || res.Header.Get("Content-Encoding") != "gzip" {
			t.Errorf("%s: %d %q %q, want 200 %q gzip", target, res.StatusCode,
				res.Header.Get("Content-Type"), res.Header.Get("Content-Encoding"), ct)
		}
	}
}

func TestStaleCompressedCopyIgnored(t *testing.T) {
	dir := writeWebDir(t)
	write(t, filepath.Join(dir, "app.wasm.br"), compress.Brotli([]byte("previous build")))
	s, err := newSite(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	res := do(s, http.MethodGet, "/web/app.wasm", "Accept-Encoding", "br, gzip")
	if got := res.Header.Get("Content-Encoding"); got != "gzip" {
		t.Errorf("Content-Encoding %q, want gzip: the stale .br must be skipped", got)
	}
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

func TestConditionalRequests(t *testing.T) {
	s := newTestSite(t)
	for _, target := range []string{"/", "/app.js", "/web/app.wasm"} {
		for _, accept := range []string{"", "br"} {
			res := do(s, http.MethodGet, target, "Accept-Encoding", accept)
			etag := res.Header.Get("ETag")
			if etag == "" {
				t.Fatalf("%s: no ETag", target)
			}
			res = do(s, http.MethodGet, target, "Accept-Encoding", accept, "If-None-Match", etag)
			if res.StatusCode != http.StatusNotModified {
				t.Errorf("%s (Accept-Encoding %q) If-None-Match %s: status %d, want 304", target, accept, etag, res.StatusCode)
			}
		}
	}
	br := do(s, http.MethodGet, "/web/app.wasm", "Accept-Encoding", "br").Header.Get("ETag")
	plain := do(s, http.MethodGet, "/web/app.wasm").Header.Get("ETag")
	if br == plain {
		t.Errorf("br and identity share ETag %s", br)
	}
}

func TestVersion(t *testing.T) {
	dir := writeWebDir(t)
	a, err := newSite(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	b, err := newSite(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	if a.version != b.version {
		t.Errorf("restart changed the version: %s then %s", a.version, b.version)
	}
	write(t, filepath.Join(dir, "app.css"), []byte(".calc{}"))
	c, err := newSite(dir, "")
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

func TestMissingFiles(t *testing.T) {
	for _, name := range []string{"app.wasm", "app.css", "icons/icon-maskable.png"} {
		dir := writeWebDir(t)
		if err := os.Remove(filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
		if _, err := newSite(dir, ""); err == nil || !strings.Contains(err.Error(), name+" is missing") {
			t.Errorf("newSite without %s: %v, want an error that names it", name, err)
		}
	}
}

// TestOfflineResources checks that every file the service worker caches on
// install exists: one 404 fails the install and the app is not offline.
func TestOfflineResources(t *testing.T) {
	s := newTestSite(t)
	worker := string(body(t, do(s, http.MethodGet, "/app-worker.js")))
	for _, u := range resourcesToCache(t, worker) {
		if strings.Contains(u, "://") {
			t.Errorf("service worker caches a remote URL %s: offline install would fail", u)
			continue
		}
		if res := do(s, http.MethodGet, u); res.StatusCode != http.StatusOK {
			t.Errorf("service worker caches %s: status %d", u, res.StatusCode)
		}
	}
	// Everything the page links is precached, and installing waits for it,
	// or the first offline visit can miss a file.
	cached := map[string]bool{}
	for _, u := range resourcesToCache(t, worker) {
		cached[u] = true
	}
	page := string(body(t, do(s, http.MethodGet, "/")))
	for _, m := range regexp.MustCompile(`(?:href|src)="(/[^"]*)"`).FindAllStringSubmatch(page, -1) {
		if !cached[m[1]] {
			t.Errorf("the page links %s, which the service worker does not cache", m[1])
		}
	}
	if !regexp.MustCompile(`addEventListener\("install", \(event\) => \{\s*event\.waitUntil\(`).MatchString(worker) {
		t.Error("the service worker's install does not wait for its cache")
	}
	var manifest struct {
		Icons []struct{ Src, Type, Sizes string }
	}
	if err := json.Unmarshal(body(t, do(s, http.MethodGet, "/manifest.webmanifest")), &manifest); err != nil {
		t.Fatal(err)
	}
	if len(manifest.Icons) < 3 {
		t.Errorf("manifest has %d icons", len(manifest.Icons))
	}
	for _, icon := range manifest.Icons {
		if res := do(s, http.MethodGet, icon.Src); res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != icon.Type {
			t.Errorf("manifest icon %s: status %d type %q, want 200 %q", icon.Src, res.StatusCode, res.Header.Get("Content-Type"), icon.Type)
		}
	}
}

func resourcesToCache(t *testing.T, worker string) []string {
	t.Helper()
	m := regexp.MustCompile(`const resourcesToCache = (\[.*\]);`).FindStringSubmatch(worker)
	if m == nil {
		t.Fatalf("no resourcesToCache in:\n%s", worker)
	}
	var urls []string
	if err := json.Unmarshal([]byte(m[1]), &urls); err != nil {
		t.Fatal(err)
	}
	return urls
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

func TestHead(t *testing.T) {
	s := newTestSite(t)
	for _, accept := range []string{"", "br"} {
		get := do(s, http.MethodGet, "/web/app.wasm", "Accept-Encoding", accept)
		head := do(s, http.MethodHead, "/web/app.wasm", "Accept-Encoding", accept)
		if head.StatusCode != http.StatusOK {
			t.Errorf("HEAD (Accept-Encoding %q): status %d", accept, head.StatusCode)
		}
		for _, k := range []string{"Content-Type", "Content-Encoding", "ETag", "Content-Length"} {
			if g, h := get.Header.Get(k), head.Header.Get(k); g != h {
				t.Errorf("HEAD (Accept-Encoding %q): %s %q, GET has %q", accept, k, h, g)
			}
		}
		if b := body(t, head); len(b) != 0 {
			t.Errorf("HEAD has a %d-byte body", len(b))
		}
	}
	if got, want := do(s, http.MethodHead, "/web/app.wasm").Header.Get("Content-Length"), fmt.Sprint(len(fakeWasm)); got != want {
		t.Errorf("HEAD Content-Length %s, want %s", got, want)
	}
}

func TestRange(t *testing.T) {
	s := newTestSite(t)
	for _, accept := range []string{"", "gzip, deflate, br"} {
		res := do(s, http.MethodGet, "/web/app.wasm", "Accept-Encoding", accept, "Range", "bytes=4-11")
		if res.StatusCode != http.StatusPartialContent {
			t.Fatalf("Range (Accept-Encoding %q): status %d, want 206", accept, res.StatusCode)
		}
		if enc := res.Header.Get("Content-Encoding"); enc != "" {
			t.Errorf("Range (Accept-Encoding %q): Content-Encoding %q, want none", accept, enc)
		}
		if got, want := res.Header.Get("Content-Range"), fmt.Sprintf("bytes 4-11/%d", len(fakeWasm)); got != want {
			t.Errorf("Content-Range %q, want %q", got, want)
		}
		if got := body(t, res); !bytes.Equal(got, fakeWasm[4:12]) {
			t.Errorf("Range body %q, want %q", got, fakeWasm[4:12])
		}
	}
	// If-Range with the brotli ETag must not splice identity bytes onto a
	// brotli download: the whole file comes back instead.
	brETag := do(s, http.MethodGet, "/web/app.wasm", "Accept-Encoding", "br").Header.Get("ETag")
	res := do(s, http.MethodGet, "/web/app.wasm", "Accept-Encoding", "br", "Range", "bytes=4-11", "If-Range", brETag)
	if res.StatusCode != http.StatusOK || !bytes.Equal(body(t, res), fakeWasm) {
		t.Errorf("If-Range with the br ETag: status %d, want 200 and the whole file", res.StatusCode)
	}
	if res := do(s, http.MethodGet, "/web/app.wasm", "Range", fmt.Sprintf("bytes=%d-", len(fakeWasm)+10)); res.StatusCode != http.StatusRequestedRangeNotSatisfiable {
		t.Errorf("unsatisfiable Range: status %d, want 416", res.StatusCode)
	}
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
		got, err := cleanPrefix(tt.in)
		if got != tt.want || (err == nil) != (tt.err == "") {
			t.Errorf("cleanPrefix(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.err != "")
		}
	}
}

func TestStaticExport(t *testing.T) {
	dir := writeWebDir(t)
	out := filepath.Join(t.TempDir(), "dist")
	if err := exportStatic([]string{"-web", dir, "-out", out, "-prefix", "/calc/"}); err != nil {
		t.Fatal(err)
	}
	s, err := newSite(dir, "/calc")
	if err != nil {
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

// app.js registers the service worker once app.wasm has started, not
// before (server_loader.go).
func TestAppJSRegistersTheWorkerAfterTheAppStarts(t *testing.T) {
	s := newTestSite(t)
	js := string(body(t, do(s, http.MethodGet, "/app.js")))
	calls := strings.Count(js, "goappInitServiceWorker();")
	run := strings.Index(js, "go.run(wasm.instance);")
	register := strings.Index(js, "goappInitServiceWorker();")
	if calls != 1 || run < 0 || register < run {
		t.Fatalf("app.js calls goappInitServiceWorker() %d times, first at %d, go.run at %d; want once, after go.run", calls, register, run)
	}
	if _, err := registerWorkerAfterStart([]byte("goappInitWebAssembly();\n")); err == nil {
		t.Error("an app.js without the calls it moves was accepted")
	}
}
