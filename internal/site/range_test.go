package site

import (
	"bytes"
	"fmt"
	"net/http"
	"testing"

	"qidian-calculator/internal/compress"
)

// More than one range costs the server a part per range for no client's
// good (browsers and download managers ask for one): the Range is ignored
// and the whole file is sent as usual, compressed.
func TestManyRangesSendTheWholeFile(t *testing.T) {
	s := newTestSite(t)
	for _, ranges := range []string{"bytes=0-1,4-5", "bytes=0-0,-1", "bytes=0-,0-,0-"} {
		res := do(s, http.MethodGet, "/web/app.wasm", "Accept-Encoding", "br", "Range", ranges)
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Encoding") != "br" {
			t.Errorf("Range %s: %d, Content-Encoding %q; want 200 br", ranges, res.StatusCode, res.Header.Get("Content-Encoding"))
			continue
		}
		if b, err := compress.Decode("br", body(t, res)); err != nil || !bytes.Equal(b, fakeWasm) {
			t.Errorf("Range %s: body is not the whole app.wasm (%v)", ranges, err)
		}
	}
}

// A suffix of zero bytes selects nothing: 416 with "bytes */SIZE", never a
// Content-Range whose last byte comes before its first.
func TestEmptySuffixRange(t *testing.T) {
	s := newTestSite(t)
	res := do(s, http.MethodGet, "/web/app.wasm", "Range", "bytes=-0")
	want := fmt.Sprintf("bytes */%d", len(fakeWasm))
	if res.StatusCode != http.StatusRequestedRangeNotSatisfiable || res.Header.Get("Content-Range") != want {
		t.Errorf("Range bytes=-0: %d, Content-Range %q; want 416 %q", res.StatusCode, res.Header.Get("Content-Range"), want)
	}
}

// RFC 9110 section 14.2: a Range in a unit the server does not know is
// ignored.
func TestUnknownRangeUnitIgnored(t *testing.T) {
	s := newTestSite(t)
	for _, r := range []string{"items=0-5", "pages=1", "Bytes 0-5"} {
		res := do(s, http.MethodGet, "/web/app.wasm", "Accept-Encoding", "gzip", "Range", r)
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Encoding") != "gzip" {
			t.Errorf("Range %s: %d, Content-Encoding %q; want 200 gzip", r, res.StatusCode, res.Header.Get("Content-Encoding"))
		}
	}
}

// An error is never cached (a year, on a versioned URL) and never claims a
// content coding its empty or plain-text body does not have.
func TestErrorsAreNotCacheableNorEncoded(t *testing.T) {
	s := newTestSite(t)
	versioned := "/v/" + s.version + "/web/app.wasm"
	for _, tt := range []struct {
		target string
		header []string
		status int
	}{
		{versioned, []string{"Accept-Encoding", "br", "If-Match", `"other"`}, http.StatusPreconditionFailed},
		{versioned, []string{"Accept-Encoding", "br", "If-Unmodified-Since", "Mon, 02 Jan 2006 15:04:05 GMT", "If-Match", `"x"`}, http.StatusPreconditionFailed},
		{versioned, []string{"Accept-Encoding", "br", "Range", "bytes=99999999-"}, http.StatusRequestedRangeNotSatisfiable},
		{"/web/app.wasm", []string{"Accept-Encoding", "gzip", "If-Match", `"other"`}, http.StatusPreconditionFailed},
		{"/nope", []string{"Accept-Encoding", "br"}, http.StatusNotFound},
	} {
		res := do(s, http.MethodGet, tt.target, tt.header...)
		if res.StatusCode != tt.status {
			t.Errorf("%s %q: status %d, want %d", tt.target, tt.header, res.StatusCode, tt.status)
		}
		if cc := res.Header.Get("Cache-Control"); cc != "no-store" {
			t.Errorf("%s %q: Cache-Control %q, want no-store", tt.target, tt.header, cc)
		}
		for _, k := range []string{"Content-Encoding", "ETag"} {
			if v := res.Header.Get(k); v != "" {
				t.Errorf("%s %q: %d with %s %q", tt.target, tt.header, res.StatusCode, k, v)
			}
		}
	}
}
