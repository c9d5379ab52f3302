//go:build !wasm

package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Targets of issues 7 and 15, in the units they are measured in. Page-load
// targets are relative to the stock go-app page (compare.go).
const (
	interactionP95Ms  = 16
	quoteNs           = 50_000
	packAdvisorNs     = 1_000_000
	minRequestsPerSec = 20_000 // GET /
	minWasmGBps       = 1.0    // app.wasm, brotli bytes over loopback
)

// loadRows are the page-load figures of one link.
func loadRows(lr loadRuns, sizes wasmSizes) []row {
	visible := func(vs []visit) []float64 { return collect(vs, visit.totalVisible) }
	interactive := func(vs []visit) []float64 { return collect(vs, visit.interactive) }
	cold := "page load, cold (new profile), " + lr.link.name
	warm := "page load, second visit in the same browser (app in the service worker's cache, worker stopped), " + lr.link.name
	return []row{
		{figure: cold + ": total painted", value: spread(visible(lr.cold))},
		{figure: cold + ": interactive", value: spread(interactive(lr.cold))},
		{figure: warm + ": total painted", value: spread(visible(lr.warm))},
		{figure: warm + ": interactive", value: spread(interactive(lr.warm))},
		{figure: cold + ": where the time goes (medians)", value: phases(lr.cold)},
		{figure: warm + ": where the time goes (medians)", value: phases(lr.warm)},
		{figure: "app.wasm body received, " + lr.link.name + " (Resource Timing, first run)", value: fmt.Sprintf("cold %s B (%s); warm %s",
			grouped(lr.cold[0].WasmEncoded), sizes.encodingOf(lr.cold[0].WasmEncoded), warmTransfer(lr.warm[0]))},
	}
}

// phases is the median time of each step from navigation to interactive.
func phases(vs []visit) string {
	step := func(f func(v visit) float64) string {
		return strings.TrimSuffix(millis(median(collect(vs, f))), " ms")
	}
	return fmt.Sprintf("app.wasm requested %s, received %s, compiled %s; app's first run done %s; answered %s ms",
		step(func(v visit) float64 { return v.WasmRequested }),
		step(func(v visit) float64 { return v.WasmReceived }),
		step(func(v visit) float64 { return v.Compiled }),
		step(func(v visit) float64 { return v.Started }),
		step(visit.interactive))
}

// warmTransfer says whether the second visit fetched app.wasm again.
func warmTransfer(v visit) string {
	if v.WasmTransfer == 0 {
		return "0 B over the network (service worker cache)"
	}
	return grouped(v.WasmTransfer) + " B over the network"
}

func collect(vs []visit, f func(visit) float64) []float64 {
	out := make([]float64, len(vs))
	for i, v := range vs {
		out[i] = f(v)
	}
	return out
}

// spread is a median with the range it came from.
func spread(ms []float64) string {
	return fmt.Sprintf("%s median (%s–%s, %d runs)", millis(median(ms)),
		strings.TrimSuffix(millis(slices.Min(ms)), " ms"), millis(slices.Max(ms)), len(ms))
}

func interactionRows(ms []float64, settled bool) []row {
	p95 := percentile(ms, 95)
	when := "typed as soon as the app answers"
	if settled {
		when = fmt.Sprintf("typed once the worker holds the app and %s more have passed", settleFor)
	}
	what := fmt.Sprintf("interaction latency, %d quantity changes %s, input event → #total text changed", len(ms), when)
	return []row{
		{figure: what + ": median", value: millis(median(ms))},
		row{figure: what + ": p95", value: fmt.Sprintf("%s (max %s)", millis(p95), millis(slices.Max(ms)))}.
			withTarget(fmt.Sprintf("≤ %d ms", interactionP95Ms), p95 <= interactionP95Ms),
	}
}

// benchmarkRows put each pricing benchmark in the table; a 10-line quote
// has a native target, the pack advisor one wherever it runs.
func benchmarkRows(bs []goBenchmark, wasm bool) []row {
	where := "native, go test -benchmem"
	if wasm {
		where = "js/wasm in Node"
	}
	var rows []row
	for _, b := range bs {
		value := fmt.Sprintf("%s ns/op (%s)", grouped(int64(b.nsPerOp+0.5)), duration(b.nsPerOp))
		if b.nsPerOp < 100 {
			value = fmt.Sprintf("%.1f ns/op", b.nsPerOp)
		}
		if b.runs > 1 {
			value = "median " + value
		}
		if b.bytesPerOp >= 0 && b.allocsPerOp >= 0 {
			value += fmt.Sprintf(", %s B/op, %s allocs/op", grouped(b.bytesPerOp), grouped(b.allocsPerOp))
		}
		r := row{figure: fmt.Sprintf("pricing %s, %s, %d runs", b.name, where, b.runs), value: value}
		switch {
		case strings.HasPrefix(b.name, "BenchmarkQuoteTenLines") && !wasm:
			r = r.withTarget("well under 50 µs", b.nsPerOp < quoteNs)
		case strings.HasPrefix(b.name, "BenchmarkAdvisePacks"):
			r = r.withTarget("< 1 ms", b.nsPerOp < packAdvisorNs)
		}
		rows = append(rows, r)
	}
	return rows
}

// wrkRow shows wrk's result; app.wasm's target is in bytes a second (the
// page's in requests), as a machine moves a few GB/s over loopback.
func wrkRow(what string, r wrkResult, d time.Duration, wasm bool, wasmBytes int64) row {
	out := row{
		figure: fmt.Sprintf("server, %s; %s", what, wrkLoad(d)),
		value: fmt.Sprintf("%s req/s, %s errors (mean latency %s, %s/s)",
			grouped(int64(r.requestsPerSecond+0.5)), grouped(r.errors()), r.latency, r.transfer),
	}
	if wasm {
		gbps := r.requestsPerSecond * float64(wasmBytes) / 1e9
		out.value += fmt.Sprintf("; %.2f GB/s of app.wasm", gbps)
		return out.withTarget(fmt.Sprintf("≥ %g GB/s, 0 errors", minWasmGBps), gbps >= minWasmGBps && r.errors() == 0)
	}
	return out.withTarget(fmt.Sprintf("≥ %s req/s, 0 errors", grouped(minRequestsPerSec)),
		r.requestsPerSecond >= minRequestsPerSec && r.errors() == 0)
}
