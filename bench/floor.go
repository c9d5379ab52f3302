//go:build !wasm

package main

import (
	"context"
	"fmt"
)

// The floor is the program in bench/floor (make floor): the same server,
// loader, service worker and compression around a bare go-app page,
// internal/floorpage. What it costs to start is what go-app v10, the Go
// runtime and the browser cost before any calculator code runs; the
// calculator can start no faster than that.
const (
	floorBinary = "bin/floor/floor"
	floorWebDir = "bin/floor/web"
)

// floorName introduces the floor's rows.
const floorName = "floor: a bare go-app v10 page (internal/floorpage) on the same server"

// measureFloor loads the floor page on loopback as the calculator's page is
// loaded, runs times cold and warm.
func measureFloor(ctx context.Context, runs int) (loadRuns, wasmSizes, error) {
	sizes, err := measureWasmSize(floorWebDir)
	if err != nil {
		return loadRuns{}, sizes, fmt.Errorf("floor: %w (make floor builds it)", err)
	}
	srv, err := startServer(floorBinary, floorWebDir)
	if err != nil {
		return loadRuns{}, sizes, fmt.Errorf("floor: %w (make floor builds it)", err)
	}
	defer srv.stop()
	wasmPath, err := srv.wasmPath()
	if err != nil {
		return loadRuns{}, sizes, fmt.Errorf("floor: %w", err)
	}
	lr, err := measurePageLoads(ctx, srv.url, wasmPath, loopback, runs, func(format string, args ...any) {
		logf("floor: "+format, args...)
	})
	if err != nil {
		return lr, sizes, fmt.Errorf("floor: %w", err)
	}
	return lr, sizes, nil
}

// floorRows put the floor beside the calculator: its size, its start-up,
// and how much later the calculator answers. ours is empty when the
// calculator's page loads were not measured in this run.
func floorRows(floor loadRuns, sizes wasmSizes, ours loadRuns) []row {
	interactive := func(vs []visit) float64 { return median(collect(vs, visit.interactive)) }
	rows := []row{
		{figure: floorName + ": app.wasm, brotli q11", value: megabytes(sizes.brotli)},
		{figure: floorName + ", cold (new profile), loopback: interactive", value: spread(collect(floor.cold, visit.interactive))},
		{figure: floorName + ", warm (worker stopped), loopback: interactive", value: spread(collect(floor.warm, visit.interactive))},
		{figure: floorName + ", cold, loopback: where the time goes (medians)", value: phases(floor.cold)},
		{figure: floorName + ", warm, loopback: where the time goes (medians)", value: phases(floor.warm)},
	}
	if len(ours.cold) > 0 {
		rows = append(rows, row{
			figure: "the calculator's own start-up cost: its interactive median minus the floor's, loopback",
			value: fmt.Sprintf("cold %s, warm %s",
				signedMillis(interactive(ours.cold)-interactive(floor.cold)),
				signedMillis(interactive(ours.warm)-interactive(floor.warm))),
		})
	}
	return rows
}

func signedMillis(ms float64) string {
	if ms < 0 {
		return "−" + millis(-ms)
	}
	return "+" + millis(ms)
}
