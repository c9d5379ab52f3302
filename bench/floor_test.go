//go:build !wasm

package main

import (
	"strings"
	"testing"

	"qidian-calculator/internal/floorpage"
)

// The probe waits for the floor page's totals as it waits for the
// calculator's; if they drift apart the floor never answers.
func TestProbeWaitsForTheFloorPageTotals(t *testing.T) {
	for _, total := range []string{floorpage.Prerendered, floorpage.Answered} {
		if !strings.Contains(probeJS, "'"+total+"'") {
			t.Errorf("bench/probe.js does not wait for %q", total)
		}
	}
}

func TestSignedMillis(t *testing.T) {
	for ms, want := range map[float64]string{781.4: "+781 ms", -12: "−12 ms", 0: "+0.00 ms"} {
		if got := signedMillis(ms); got != want {
			t.Errorf("signedMillis(%v) = %q, want %q", ms, got, want)
		}
	}
}
