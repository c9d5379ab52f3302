// Package compress holds the one definition of how static files are
// precompressed, shared by the build tool (cmd/precompress) and the server,
// so the bytes on disk and the bytes made at startup never disagree.
package compress

import (
	"bytes"
	"compress/gzip"
	"io"
	"math/bits"
	"path"
	"strings"

	"github.com/andybalholm/brotli"
)

// Encodings in the server's order of preference, with the file suffix each
// is stored under beside the original.
var Encodings = []struct{ Name, Suffix string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// compressible lists the extensions worth compressing; images such as PNG
// are already compressed.
var compressible = map[string]bool{
	".css": true, ".html": true, ".js": true, ".json": true, ".svg": true,
	".txt": true, ".wasm": true, ".webmanifest": true, ".xml": true,
}

// Compressible reports whether a file of that name should get .br and .gz
// siblings.
func Compressible(name string) bool {
	return compressible[strings.ToLower(path.Ext(name))]
}

// Brotli compresses b at the highest quality: slow, which is why it runs at
// build time.
func Brotli(b []byte) []byte {
	var out bytes.Buffer
	w := brotli.NewWriterOptions(&out, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: window(len(b))})
	w.Write(b) // writes to a bytes.Buffer cannot fail
	w.Close()
	return out.Bytes()
}

// window is the smallest brotli window (log2 bytes, 10 to 24) that holds n
// bytes: a larger one compresses no better and costs time to set up.
func window(n int) int {
	lg := bits.Len(uint(n))
	return min(max(lg, 10), 24)
}

// Gzip compresses b at level 9.
func Gzip(b []byte) []byte {
	var out bytes.Buffer
	w, _ := gzip.NewWriterLevel(&out, gzip.BestCompression) // the level is valid
	w.Write(b)
	w.Close()
	return out.Bytes()
}

// Encode compresses b with the named encoding ("br" or "gzip").
func Encode(encoding string, b []byte) []byte {
	if encoding == "br" {
		return Brotli(b)
	}
	return Gzip(b)
}

// Decode reverses Encode; the server uses it to refuse stale siblings.
func Decode(encoding string, b []byte) ([]byte, error) {
	var r io.Reader
	if encoding == "br" {
		r = brotli.NewReader(bytes.NewReader(b))
	} else {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		r = zr
	}
	return io.ReadAll(r)
}
