package compress

import (
	"bytes"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("¥"), bytes.Repeat([]byte("企点 wasm "), 10000)} {
		for _, e := range Encodings {
			out, err := Decode(e.Name, Encode(e.Name, in))
			if err != nil || !bytes.Equal(out, in) {
				t.Errorf("%s round trip of %d bytes: %d bytes, %v", e.Name, len(in), len(out), err)
			}
		}
	}
}

func TestCompressible(t *testing.T) {
	for name, want := range map[string]bool{
		"app.wasm": true, "app.css": true, "icons/icon.svg": true, "app.JS": true,
		"manifest.webmanifest": true, "icon-192.png": false, "app.wasm.br": false, "README": false,
	} {
		if got := Compressible(name); got != want {
			t.Errorf("Compressible(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestWindow(t *testing.T) {
	for n, want := range map[int]int{0: 10, 100: 10, 1 << 12: 13, 7 << 20: 23, 1 << 30: 24} {
		if got := window(n); got != want {
			t.Errorf("window(%d) = %d, want %d", n, got, want)
		}
	}
}
