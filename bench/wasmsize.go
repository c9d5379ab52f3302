//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"qidian-calculator/internal/compress"
)

// maxBrotliWasm is the target for the transfer size most browsers get.
const maxBrotliWasm = 1_600_000

// wasmSizes are app.wasm's bytes as built and as the server sends them.
type wasmSizes struct{ raw, gzip, brotli int64 }

// measureWasmSize reads app.wasm and the precompressed copies the server
// sends. A copy that does not decode to app.wasm is an error: the server
// would ignore it, so its size would describe nothing that is served.
func measureWasmSize(webDir string) (wasmSizes, error) {
	wasmPath := filepath.Join(webDir, "app.wasm")
	raw, err := os.ReadFile(wasmPath)
	if err != nil {
		return wasmSizes{}, fmt.Errorf("%s is missing: run make build (%v)", wasmPath, err)
	}
	sizes := wasmSizes{raw: int64(len(raw))}
	for _, c := range []struct {
		encoding, suffix string
		size             *int64
	}{
		{"gzip", ".gz", &sizes.gzip},
		{"br", ".br", &sizes.brotli},
	} {
		p := wasmPath + c.suffix
		b, err := os.ReadFile(p)
		if err != nil {
			return sizes, fmt.Errorf("%s is missing: run make build (%v)", p, err)
		}
		plain, err := compress.Decode(c.encoding, b)
		if err != nil || !bytes.Equal(plain, raw) {
			return sizes, fmt.Errorf("%s does not decode to %s (a build in progress, or stale): run make build", p, wasmPath)
		}
		*c.size = int64(len(b))
	}
	return sizes, nil
}

func (s wasmSizes) rows() []row {
	return []row{
		{figure: "app.wasm, raw", value: megabytes(s.raw)},
		{figure: "app.wasm, gzip -9 (web/app.wasm.gz)", value: megabytes(s.gzip)},
		row{figure: "app.wasm, brotli q11 (web/app.wasm.br)", value: megabytes(s.brotli)}.
			withTarget("≤ 1.6 MB (1,600,000 B)", s.brotli <= maxBrotliWasm),
	}
}

// encodingOf names the encoding of a body of n bytes as received, from
// Resource Timing's encodedBodySize.
func (s wasmSizes) encodingOf(n int64) string {
	switch n {
	case s.brotli:
		return "brotli"
	case s.gzip:
		return "gzip"
	case s.raw:
		return "uncompressed"
	}
	return "unknown encoding"
}
