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

// RFC 9110 section 14.1.2: a last position or a suffix past the end of
// the file, however many digits it has, is the rest of the file; a first
// position past any file is unsatisfiable, with the file's size.
func TestHugeRangeIsTheRestOfTheFile(t *testing.T) {
	s := newTestSite(t)
	whole := fmt.Sprintf("bytes 0-%d/%d", len(fakeWasm)-1, len(fakeWasm))
	for _, tt := range []struct{ ranges, contentRange string }{
		{"bytes=0-99999999999999999999", whole},
		{"bytes=-99999999999999999999", whole},
		{"bytes=-9223372036854775808", whole},
		{fmt.Sprintf("bytes=16-%d", uint64(1)<<63), fmt.Sprintf("bytes 16-%d/%d", len(fakeWasm)-1, len(fakeWasm))},
	} {
		res := do(s, http.MethodGet, "/web/app.wasm", "Range", tt.ranges)
		if res.StatusCode != http.StatusPartialContent || res.Header.Get("Content-Range") != tt.contentRange {
			t.Errorf("Range %s: %d, Content-Range %q; want 206 %q", tt.ranges, res.StatusCode, res.Header.Get("Content-Range"), tt.contentRange)
			continue
		}
		if from := len(fakeWasm) - int(res.ContentLength); !bytes.Equal(body(t, res), fakeWasm[from:]) {
			t.Errorf("Range %s: body is not the file from byte %d", tt.ranges, from)
		}
	}
	res := do(s, http.MethodGet, "/web/app.wasm", "Range", "bytes=99999999999999999999-")
	if want := fmt.Sprintf("bytes */%d", len(fakeWasm)); res.StatusCode != http.StatusRequestedRangeNotSatisfiable || res.Header.Get("Content-Range") != want {
		t.Errorf("Range from byte 99999999999999999999: %d, Content-Range %q; want 416 %q", res.StatusCode, res.Header.Get("Content-Range"), want)
	}
}

// A Range that names no range of bytes ("bytes=", a reversed or
// non-numeric range) is ignored: the whole file, compressed as the client
// accepts, never the 8 MB uncompressed one.
func TestRangeOfNoBytesIsIgnored(t *testing.T) {
	s := newTestSite(t)
	for _, r := range []string{"bytes=", "bytes= ", "bytes=-", "bytes=5-3", "bytes=a-b", "bytes=0x10-", "bytes=+1-2", "bytes=1 - 2"} {
		res := do(s, http.MethodGet, "/web/app.wasm", "Accept-Encoding", "br", "Range", r, "If-Range", `"x"`)
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Encoding") != "br" {
			t.Errorf("Range %q: %d, Content-Encoding %q; want 200 br", r, res.StatusCode, res.Header.Get("Content-Encoding"))
			continue
		}
		if b, err := compress.Decode("br", body(t, res)); err != nil || !bytes.Equal(b, fakeWasm) {
			t.Errorf("Range %q: body is not the whole app.wasm (%v)", r, err)
		}
	}
	if res := do(s, http.MethodGet, "/web/app.wasm", "Range", "bytes=-00"); res.StatusCode != http.StatusRequestedRangeNotSatisfiable {
		t.Errorf("Range bytes=-00: %d, want 416", res.StatusCode)
	}
}
