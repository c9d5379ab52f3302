//go:build !wasm

package main

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// wrk's load: two threads (as many as the CPUs of a small server) keeping
// 64 connections busy, a browser's Accept-Encoding.
const (
	wrkThreads     = 2
	wrkConnections = 64
)

// wrkResult is what wrk printed for one URL.
type wrkResult struct {
	requestsPerSecond float64
	latency           string // mean, as wrk prints it
	transfer          string // bytes read per second, as wrk prints it
	nonSuccess        int64  // "Non-2xx or 3xx responses"
	socketErrors      int64  // connect + read + write + timeout
}

func (r wrkResult) errors() int64 { return r.nonSuccess + r.socketErrors }

// runWrk loads url for d. It needs the wrk binary (Debian package wrk).
func runWrk(ctx context.Context, url string, d time.Duration) (wrkResult, error) {
	cmd := exec.CommandContext(ctx, "wrk",
		"-t", strconv.Itoa(wrkThreads), "-c", strconv.Itoa(wrkConnections),
		"-d", fmt.Sprintf("%ds", int(d.Seconds())),
		"-H", "Accept-Encoding: br", url)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return wrkResult{}, fmt.Errorf("wrk %s: %w\n%s", url, err, out.String())
	}
	r, err := parseWrk(out.String())
	if err != nil {
		return r, fmt.Errorf("wrk %s: %w\n%s", url, err, out.String())
	}
	return r, nil
}

var (
	wrkRate       = regexp.MustCompile(`(?m)^Requests/sec:\s+([\d.]+)`)
	wrkTransfer   = regexp.MustCompile(`(?m)^Transfer/sec:\s+(\S+)`)
	wrkLatency    = regexp.MustCompile(`(?m)^\s*Latency\s+(\S+)`)
	wrkNonSuccess = regexp.MustCompile(`(?m)^\s*Non-2xx or 3xx responses:\s+(\d+)`)
	wrkSocket     = regexp.MustCompile(`(?m)^\s*Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)`)
)

func parseWrk(out string) (wrkResult, error) {
	var r wrkResult
	m := wrkRate.FindStringSubmatch(out)
	if m == nil {
		return r, fmt.Errorf("no Requests/sec line")
	}
	r.requestsPerSecond, _ = strconv.ParseFloat(m[1], 64)
	if m := wrkLatency.FindStringSubmatch(out); m != nil {
		r.latency = m[1]
	}
	if m := wrkTransfer.FindStringSubmatch(out); m != nil {
		r.transfer = m[1]
	}
	if m := wrkNonSuccess.FindStringSubmatch(out); m != nil {
		r.nonSuccess, _ = strconv.ParseInt(m[1], 10, 64)
	}
	if m := wrkSocket.FindStringSubmatch(out); m != nil {
		for _, s := range m[1:] {
			n, _ := strconv.ParseInt(s, 10, 64)
			r.socketErrors += n
		}
	}
	return r, nil
}

// wrkLoad describes the load in the table.
func wrkLoad(d time.Duration) string {
	return strings.Join([]string{
		fmt.Sprintf("wrk %d s", int(d.Seconds())),
		fmt.Sprintf("%d threads", wrkThreads),
		fmt.Sprintf("%d connections", wrkConnections),
	}, ", ")
}
