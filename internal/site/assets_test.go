package site

import (
	"bytes"
	"fmt"
	"net/http"
	"path/filepath"
	"testing"

	"qidian-calculator/internal/compress"
)

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
	s, err := New(Config{WebDir: dir, Pages: testPages})
	if err != nil {
		t.Fatal(err)
	}
	res := do(s, http.MethodGet, "/web/app.wasm", "Accept-Encoding", "br, gzip")
	if got := res.Header.Get("Content-Encoding"); got != "gzip" {
		t.Errorf("Content-Encoding %q, want gzip: the stale .br must be skipped", got)
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
