//go:build !wasm

package main

import (
	"context"
	"fmt"
)

// yardstick is a page measured beside the calculator, in the same run, so
// every ratio in the table is measured rather than remembered.
type yardstick struct {
	name        string // introduces its rows
	binary, web string
	make        string // the make target that builds it
}

// The floor is the program in bench/floor (make floor): the same server,
// loader, service worker and compression around a bare go-app page,
// internal/floorpage. What it costs to start is what
// go-app v10, the Go runtime and the browser cost before any calculator
// code runs. The stock page is go-app as it comes (bench/stock): its own
// Handler, app.js and worker, app.wasm sent brotli-compressed.
var (
	floorSite = yardstick{
		name:   "floor page (bench/floor: our server, loader and worker around a bare go-app page)",
		binary: "bin/floor/floor", web: "bin/floor/web", make: "floor",
	}
	stockSite = yardstick{
		name:   "stock go-app page (bench/stock: go-app's own server, loader and worker, app.wasm brotli)",
		binary: "bin/stock/stock", web: "bin/stock/web", make: "stock",
	}
)

// siteRun is what one run measured of one page.
type siteRun struct {
	sizes                wasmSizes
	loads                []loadRuns // per link, first and repeat visits in one browser
	returning            []returning
	afterStart, settled  []float64 // interaction latencies
	devtools, noDevTools cacheEvidence
	traced               bool
}

// loadsOn are the page loads on link l, if measured.
func (s siteRun) loadsOn(l link) (loadRuns, bool) {
	for _, lr := range s.loads {
		if lr.link == l {
			return lr, true
		}
	}
	return loadRuns{}, false
}

// measureVisitor measures, on a running server, what a returning visitor
// and a typing one meet: the parts returning, codecache and interaction.
func measureVisitor(ctx context.Context, srv *server, wasmPath string, runs int, parts map[string]bool, logf func(string, ...any)) (siteRun, string, error) {
	var res siteRun
	var version string
	var err error
	if parts["returning"] {
		if res.returning, version, err = measureReturning(ctx, srv.url, wasmPath, runs, false, logf); err != nil {
			return res, "", err
		}
	}
	if parts["codecache"] {
		logf("code cache: a returning visit traced, DevTools attached")
		traced, v, err := measureReturning(ctx, srv.url, wasmPath, 1, true, logf)
		if err != nil {
			return res, "", err
		}
		res.devtools, res.traced, version = traced[0].cacheEvidence, true, v
		logf("code cache: %s", res.devtools)
		logf("code cache: a returning visit traced, no DevTools client")
		if res.noDevTools, err = traceWithoutDevTools(ctx, srv.url+"/"); err != nil {
			return res, "", err
		}
		logf("code cache, no DevTools: %s", res.noDevTools)
	}
	if parts["interaction"] {
		for _, settle := range []bool{false, true} {
			logf("interaction latency, %d quantity changes, settled first: %v", quantityChanges, settle)
			latencies, v, err := measureInteraction(ctx, srv.url, wasmPath, settle)
			if err != nil {
				return res, "", err
			}
			version = v
			if settle {
				res.settled = latencies
			} else {
				res.afterStart = latencies
			}
		}
	}
	return res, version, nil
}

// ownCostRow is how much later the calculator answers than the floor.
func ownCostRow(ours, floor loadRuns) row {
	interactive := func(vs []visit) float64 { return median(collect(vs, visit.interactive)) }
	return row{
		figure: "the calculator's own start-up cost: its interactive median minus the floor's, loopback",
		value: fmt.Sprintf("first visit %s, second visit in the same browser %s",
			signedMillis(interactive(ours.cold)-interactive(floor.cold)),
			signedMillis(interactive(ours.warm)-interactive(floor.warm))),
	}
}

func signedMillis(ms float64) string {
	if ms < 0 {
		return "−" + millis(-ms)
	}
	return "+" + millis(ms)
}
