//go:build !wasm

package main

import "testing"

// The bench's probe waits for these two totals (bench/probe.js).
func TestYuanMatchesTheProbe(t *testing.T) {
	for users, want := range map[int]string{5: "9,990.00 元", 6: "11,988.00 元", 1: "1,998.00 元", 500: "999,000.00 元", 1000: "1,998,000.00 元"} {
		if got := yuan(users * pricePerUser); got != want {
			t.Errorf("yuan(%d users) = %q, want %q", users, got, want)
		}
	}
}
