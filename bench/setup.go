//go:build !wasm

package main

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"
)

// setupRow says what the figures were measured on: timings from a busy or
// small machine are not those of a quiet one.
func setupRow(browser string, loadBefore, loadAfter string, took time.Duration) row {
	node, _ := exec.Command("node", "--version").Output()
	if browser == "" {
		browser = "no browser run"
	}
	return row{
		figure: "measured on",
		value: fmt.Sprintf("%s/%s, %d CPUs, load average %s → %s; %s; %s; Node %s; bench took %s",
			runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), loadBefore, loadAfter,
			browser, runtime.Version(), strings.TrimSpace(string(node)), took.Round(time.Second)),
	}
}

// loadAverage is the one-minute load average, or "?" off Linux.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	if f := strings.Fields(string(b)); len(f) > 0 {
		return f[0]
	}
	return "?"
}
