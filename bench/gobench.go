//go:build !wasm

package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// goBenchmark is one result line of go test -bench.
type goBenchmark struct {
	name        string  // without the -GOMAXPROCS suffix
	nsPerOp     float64 // ns/op
	bytesPerOp  int64   // B/op, -1 when not measured
	allocsPerOp int64   // allocs/op, -1 when not measured
}

// runPricingBenchmarks runs ./pricing's benchmarks natively (with -benchmem)
// or, with wasm set, as js/wasm in Node through Go's own exec wrapper.
func runPricingBenchmarks(ctx context.Context, wasm bool) ([]goBenchmark, error) {
	args := []string{"test", "-run", "^$", "-bench", ".", "-count", "1"}
	cmd := exec.CommandContext(ctx, "go")
	if wasm {
		goroot, err := exec.CommandContext(ctx, "go", "env", "GOROOT").Output()
		if err != nil {
			return nil, fmt.Errorf("go env GOROOT: %w", err)
		}
		wrapper := filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "go_js_wasm_exec")
		args = append(args, "-exec="+wrapper)
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	} else {
		args = append(args, "-benchmem")
	}
	cmd.Args = append(cmd.Args, append(args, "./pricing/")...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s: %w\n%s", strings.Join(cmd.Args, " "), err, out.String())
	}
	found := parseGoBenchmarks(out.String())
	if len(found) == 0 {
		return nil, fmt.Errorf("%s printed no benchmark results:\n%s", strings.Join(cmd.Args, " "), out.String())
	}
	return found, nil
}

// benchLine is "BenchmarkName-8  123  456.7 ns/op  89 B/op  1 allocs/op";
// js/wasm runs with GOMAXPROCS 1, so its names have no suffix.
var benchLine = regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op(.*)$`)

var (
	bytesPerOp  = regexp.MustCompile(`(\d+) B/op`)
	allocsPerOp = regexp.MustCompile(`(\d+) allocs/op`)
)

func parseGoBenchmarks(out string) []goBenchmark {
	var found []goBenchmark
	for _, line := range strings.Split(out, "\n") {
		m := benchLine.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil {
			continue
		}
		b := goBenchmark{name: m[1], bytesPerOp: -1, allocsPerOp: -1}
		b.nsPerOp, _ = strconv.ParseFloat(m[2], 64)
		if mm := bytesPerOp.FindStringSubmatch(m[3]); mm != nil {
			b.bytesPerOp, _ = strconv.ParseInt(mm[1], 10, 64)
		}
		if mm := allocsPerOp.FindStringSubmatch(m[3]); mm != nil {
			b.allocsPerOp, _ = strconv.ParseInt(mm[1], 10, 64)
		}
		found = append(found, b)
	}
	return found
}
