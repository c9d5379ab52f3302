//go:build !wasm

package main

import (
	"bytes"
	"strings"
	"testing"
)

// R19: -list names a list of this build or is refused, naming those there are.
func TestQuoteCommandList(t *testing.T) {
	link := "#v=1&l=chat-basic,new,5,2\n"
	var out bytes.Buffer
	if err := quote([]string{"-list", "2026-11", "-lang", "en", "-"}, strings.NewReader(link), &out); err != nil || !strings.Contains(out.String(), "¥9,990.00") {
		t.Errorf("-list 2026-11: %v\n%s", err, out.String())
	}
	err := quote([]string{"-list", "1999-01", "-"}, strings.NewReader(link), &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "1999-01") || !strings.Contains(err.Error(), "2026-11 (2026-11-27)") {
		t.Errorf("an unknown list gave %v", err)
	}
}
