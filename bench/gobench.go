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
	runs        int     // how many runs nsPerOp is the median of
}

// benchCount is how often each benchmark runs; the table shows the median.
// The first run in Node can be several times slower than the next ones, as
// V8 starts wasm in its baseline compiler and optimizes hot code later.
const benchCount = 3

// runPricingBenchmarks runs ./pricing's benchmarks natively (with -benchmem)
// or, with wasm set, as js/wasm in Node through Go's own exec wrapper.
func runPricingBenchmarks(ctx context.Context, wasm bool) ([]goBenchmark, error) {
	args := []string{"test", "-run", "^$", "-bench", ".", "-count", strconv.Itoa(benchCount)}
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
	found := medianPerBenchmark(parseGoBenchmarks(out.String()))
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

// medianPerBenchmark keeps one result per name, in the order of first
// appearance, with the median ns/op of its runs; memory figures do not vary.
func medianPerBenchmark(runs []goBenchmark) []goBenchmark {
	var order []string
	byName := map[string][]goBenchmark{}
	for _, b := range runs {
		if _, ok := byName[b.name]; !ok {
			order = append(order, b.name)
		}
		byName[b.name] = append(byName[b.name], b)
	}
	out := make([]goBenchmark, 0, len(order))
	for _, name := range order {
		bs := byName[name]
		ns := make([]float64, len(bs))
		for i, b := range bs {
			ns[i] = b.nsPerOp
		}
		b := bs[0]
		b.nsPerOp = median(ns)
		b.runs = len(bs)
		out = append(out, b)
	}
	return out
}
