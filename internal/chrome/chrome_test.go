//go:build !wasm

package chrome

import "testing"

func TestPathFollowsCHROME(t *testing.T) {
	t.Setenv("CHROME", "")
	if got := Path(); got != DefaultPath {
		t.Errorf("without CHROME, Path() = %q, want %q", got, DefaultPath)
	}
	t.Setenv("CHROME", "/opt/chromium/chrome")
	if got := Path(); got != "/opt/chromium/chrome" {
		t.Errorf("with CHROME set, Path() = %q", got)
	}
	if err := Check(); err == nil {
		t.Error("Check() accepted a browser that does not exist")
	}
}
