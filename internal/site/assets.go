package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"log"
	"math"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"qidian-calculator/internal/compress"
)

// asset is one file: its bytes and those of its precompressed copies.
type asset struct {
	contentType string
	etag        string            // strong ETag of body
	body        []byte            // uncompressed
	encoded     map[string][]byte // by Content-Encoding: "br", "gzip"
}

// contentTypes are set explicitly: nosniff makes a wrong type fatal, and the
// system MIME table differs between machines.
var contentTypes = map[string]string{
	".css":         "text/css; charset=utf-8",
	".html":        "text/html; charset=utf-8",
	".ico":         "image/x-icon",
	".js":          "text/javascript; charset=utf-8",
	".json":        "application/json",
	".png":         "image/png",
	".svg":         "image/svg+xml",
	".txt":         "text/plain; charset=utf-8",
	".wasm":        "application/wasm",
	".webmanifest": "application/manifest+json",
	".webp":        "image/webp",
	".woff2":       "font/woff2",
	".xml":         "application/xml",
}

func newAsset(name string, body []byte) *asset {
	sum := sha256.Sum256(body)
	ct, ok := contentTypes[strings.ToLower(path.Ext(name))]
	if !ok {
		ct = "application/octet-stream"
	}
	return &asset{
		contentType: ct,
		etag:        `"` + hex.EncodeToString(sum[:16]) + `"`,
		body:        body,
		encoded:     make(map[string][]byte),
	}
}

// newCompressedAsset compresses at startup; only for go-app's few small
// generated files, as quality-11 brotli is too slow for app.wasm.
func newCompressedAsset(name string, body []byte) *asset {
	a := newAsset(name, body)
	if compress.Compressible(name) {
		for _, e := range compress.Encodings {
			if b := compress.Encode(e.Name, body); len(b) < len(body) {
				a.encoded[e.Name] = b
			}
		}
	}
	return a
}

// loadWebDir reads every regular file under dir with its .br and .gz
// siblings (made by cmd/precompress). Dot files, symlinks and the siblings
// themselves are not served.
func loadWebDir(dir string) (map[string]*asset, error) {
	files := make(map[string]*asset)
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || isSibling(p) {
			return nil
		}
		body, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		a := newAsset(p, body)
		if compress.Compressible(p) {
			loadSiblings(p, a)
		}
		files[filepath.ToSlash(rel)] = a
		return nil
	})
	return files, err
}

func isSibling(name string) bool {
	if strings.HasSuffix(name, ".tmp") {
		return true
	}
	for _, e := range compress.Encodings {
		if strings.HasSuffix(name, e.Suffix) {
			return true
		}
	}
	return false
}

// loadSiblings keeps only copies that decode to the file: a copy left from
// an older build would otherwise be served to most browsers.
func loadSiblings(p string, a *asset) {
	for _, e := range compress.Encodings {
		b, err := os.ReadFile(p + e.Suffix)
		if err != nil {
			continue
		}
		if plain, err := compress.Decode(e.Name, b); err != nil || !bytes.Equal(plain, a.body) {
			log.Printf("ignoring %s: it does not match %s; run make build", p+e.Suffix, p)
			continue
		}
		a.encoded[e.Name] = b
	}
}

// serveAsset sends the best encoding the client accepts. Conditional
// requests, HEAD and Range come from http.ServeContent.
func serveAsset(w http.ResponseWriter, r *http.Request, rt route) {
	if !oneRange(r) {
		w.Header().Set("Content-Range", fmt.Sprintf("bytes */%d", len(rt.body)))
		http.Error(w, "416 requested range not satisfiable", http.StatusRequestedRangeNotSatisfiable)
		return
	}
	h := w.Header()
	h.Set("Content-Type", rt.contentType)
	h.Set("Cache-Control", rt.cacheControl)
	body, etag := rt.body, rt.etag
	if len(rt.encoded) > 0 {
		h.Add("Vary", "Accept-Encoding")
		// A Range is served from the uncompressed bytes: byte ranges of a
		// compressed body are useless to a client, and each encoding has
		// its own ETag, so If-Range never mixes them up.
		if r.Header.Get("Range") == "" {
			if enc := negotiate(r.Header.Values("Accept-Encoding"), rt.encoded); enc != "" {
				body = rt.encoded[enc]
				etag = strings.TrimSuffix(etag, `"`) + "-" + enc + `"`
				h.Set("Content-Encoding", enc)
				// ServeContent names no length for an encoded body, so
				// it would go chunked and a HEAD would name none.
				h.Set("Content-Length", strconv.Itoa(len(body)))
			}
		}
	}
	h.Set("ETag", etag)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// oneRange keeps a Range header only if it asks for one valid range of
// bytes: http.ServeContent would serve any number of ranges, each a part
// of a multipart answer that costs the server and helps no client. A Range
// in another unit, of several ranges, or not a range at all ("bytes=",
// "bytes=5-3") is dropped with its If-Range, so the whole file is sent,
// compressed as usual (RFC 9110 section 14.2 allows ignoring Range). It
// reports false for a suffix of zero bytes, which selects nothing:
// ServeContent would answer it with an impossible Content-Range.
func oneRange(r *http.Request) bool {
	header := r.Header.Get("Range")
	if header == "" {
		return true
	}
	unit, set, ok := strings.Cut(header, "=")
	spec, valid := "", false
	if ok && strings.EqualFold(strings.TrimSpace(unit), "bytes") && len(r.Header.Values("Range")) == 1 {
		spec, valid = byteRange(strings.TrimSpace(set))
	}
	if !valid {
		r.Header.Del("Range")
		r.Header.Del("If-Range")
		return true
	}
	if spec == "-0" {
		return false
	}
	r.Header.Set("Range", "bytes="+spec)
	return true
}

// byteRange reads one range of bytes, "first-last", "first-" or
// "-suffix", and writes it so that ServeContent reads it as RFC 9110
// section 14.1.2 does: a last position or a suffix beyond any file is the
// rest of the file, not an error.
func byteRange(spec string) (string, bool) {
	first, last, ok := strings.Cut(spec, "-")
	if !ok || (first == "" && last == "") || !digits(first) || !digits(last) {
		return "", false
	}
	if first == "" {
		n, overflow := position(last)
		switch {
		case overflow:
			return "0-", true
		case n == 0:
			return "-0", true
		}
		return spec, true
	}
	from, overflow := position(first)
	if overflow {
		// Beyond any file: unsatisfiable, as ServeContent says for a
		// first position past the end.
		return strconv.FormatInt(math.MaxInt64, 10) + "-", true
	}
	if last == "" {
		return spec, true
	}
	to, overflow := position(last)
	if overflow {
		return first + "-", true
	}
	if to < from {
		return "", false
	}
	return spec, true
}

// digits reports whether s is only ASCII digits ("" is).
func digits(s string) bool {
	return strings.Trim(s, "0123456789") == ""
}

// position reads a run of digits, reporting overflow beyond int64.
func position(s string) (n int64, overflow bool) {
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err != nil
}

// negotiate picks the content coding from Accept-Encoding headers (RFC 9110
// section 12.5.3): the highest q wins, brotli on a tie, q=0 refuses, "*"
// stands for codings not named. "" means send the file uncompressed.
func negotiate(header []string, available map[string][]byte) string {
	weights := make(map[string]float64)
	for _, line := range header {
		for _, item := range strings.Split(line, ",") {
			coding, params, _ := strings.Cut(item, ";")
			coding = strings.ToLower(strings.TrimSpace(coding))
			if coding == "" {
				continue
			}
			if coding == "x-gzip" {
				coding = "gzip"
			}
			weights[coding] = qValue(params)
		}
	}
	weight := func(coding string) float64 {
		if q, ok := weights[coding]; ok {
			return q
		}
		return weights["*"] // 0 when absent
	}
	best, bestQ := "", 0.0
	for _, e := range compress.Encodings {
		if _, ok := available[e.Name]; ok {
			if q := weight(e.Name); q > bestQ {
				best, bestQ = e.Name, q
			}
		}
	}
	return best
}

// qValue reads "q=0.5" among a coding's parameters; a malformed q refuses
// the coding rather than guess.
func qValue(params string) float64 {
	for _, p := range strings.Split(params, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if !ok || !strings.EqualFold(strings.TrimSpace(k), "q") {
			continue
		}
		q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || q < 0 || q > 1 {
			return 0
		}
		return q
	}
	return 1
}
