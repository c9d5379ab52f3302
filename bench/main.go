//go:build !wasm

// Command bench measures the calculator as a visitor and an operator meet
// it, and prints one markdown table: app.wasm's size, page load in headless
// Chromium (cold and warm, on loopback and on an emulated 20 Mbit/s link),
// the same load of a bare go-app page as the floor under it, interaction
// latency (right after start-up and on a settled page), the pricing
// benchmarks natively and as wasm, and the server's throughput under wrk.
// Targets are shown, never enforced.
//
// Run it from the module root after make build and make floor (make bench
// does all three):
//
//	go run ./bench [-o FILE] [-runs 5] [-wrk 10s]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	"time"

	"qidian-calculator/internal/chrome"
)

const (
	serverBinary = "bin/qidian-calculator"
	webDir       = "web"
)

func main() {
	out := flag.String("o", "", "also write the table to `file`")
	runs := flag.Int("runs", 5, "page loads per case; the table shows the median")
	wrkFor := flag.Duration("wrk", 10*time.Second, "how long wrk loads each URL")
	only := flag.String("only", "", "measure only these `parts`, comma-separated: "+strings.Join(allParts, ","))
	flag.Parse()
	parts, err := chooseParts(*only)
	if err == nil {
		err = run(*out, *runs, *wrkFor, parts)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// logf reports progress on stderr; stdout carries only the table.
func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

// The parts of the table; -only picks some, to iterate on one figure.
var allParts = []string{"size", "pricing", "pageload", "floor", "interaction", "wrk"}

func chooseParts(only string) (map[string]bool, error) {
	parts := map[string]bool{}
	if only == "" {
		for _, p := range allParts {
			parts[p] = true
		}
		return parts, nil
	}
	for _, p := range strings.Split(only, ",") {
		if !slices.Contains(allParts, p) {
			return nil, fmt.Errorf("-only: unknown part %q; the parts are %s", p, strings.Join(allParts, ","))
		}
		parts[p] = true
	}
	return parts, nil
}

func run(out string, runs int, wrkFor time.Duration, parts map[string]bool) error {
	if runs < 1 {
		return errors.New("-runs must be at least 1")
	}
	if err := checkTools(parts["floor"]); err != nil {
		return err
	}
	// Ctrl-C still stops the server and the browsers and removes profiles.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	start, loadBefore := time.Now(), loadAverage()

	sizes, err := measureWasmSize(webDir)
	if err != nil {
		return err
	}
	// Rows in the table's order, whatever order they are measured in.
	var sizeRows, pageRows, floor, latencyRows, pricingRows, serverRows []row
	if parts["size"] {
		sizeRows = sizes.rows()
	}

	// The Go benchmarks first, while no browser or server competes for the CPU.
	if parts["pricing"] {
		logf("pricing benchmarks, native")
		native, err := runPricingBenchmarks(ctx, false)
		if err != nil {
			return err
		}
		logf("pricing benchmarks, js/wasm in Node")
		inWasm, err := runPricingBenchmarks(ctx, true)
		if err != nil {
			return err
		}
		pricingRows = slices.Concat(benchmarkRows(native, false), benchmarkRows(inWasm, true))
	}

	srv, err := startServer(serverBinary, webDir)
	if err != nil {
		return err
	}
	defer srv.stop()
	wasmPath, err := srv.wasmPath()
	if err != nil {
		return err
	}
	// wrk and the table name this encoding; make sure it is what is served.
	if _, enc, err := srv.get(wasmPath, "br"); err != nil || enc != "br" {
		return fmt.Errorf("GET %s with Accept-Encoding: br: Content-Encoding %q, %v", wasmPath, enc, err)
	}

	var browserVersion string
	var oursOnLoopback loadRuns
	if parts["pageload"] {
		for _, l := range []link{loopback, slowLink} {
			lr, err := measurePageLoads(ctx, srv.url, wasmPath, l, runs, logf)
			if err != nil {
				return err
			}
			pageRows = append(pageRows, loadRows(lr, sizes)...)
			browserVersion = lr.browser
			if l == loopback {
				oursOnLoopback = lr
			}
		}
	}
	if parts["floor"] {
		lr, floorSizes, err := measureFloor(ctx, runs)
		if err != nil {
			return err
		}
		floor = floorRows(lr, floorSizes, oursOnLoopback)
		browserVersion = lr.browser
	}

	if parts["interaction"] {
		for _, settle := range []bool{false, true} {
			logf("interaction latency, %d quantity changes, settled first: %v", quantityChanges, settle)
			latencies, version, err := measureInteraction(ctx, srv.url, wasmPath, settle)
			if err != nil {
				return err
			}
			browserVersion = version
			latencyRows = append(latencyRows, interactionRows(latencies, settle)...)
		}
	}

	if parts["wrk"] {
		for _, u := range []struct{ what, path string }{
			{"GET / with Accept-Encoding: br", "/"},
			{"GET " + wasmPath + " with Accept-Encoding: br", wasmPath},
		} {
			logf("wrk %s for %s", u.path, wrkFor)
			r, err := runWrk(ctx, srv.url+u.path, wrkFor)
			if err != nil {
				return err
			}
			serverRows = append(serverRows, wrkRow(u.what, r, wrkFor))
		}
		logf("Go client %s for %s", wasmPath, wrkFor)
		c, err := fetchWithLeanClient(ctx, srv.url+wasmPath, wrkFor)
		if err != nil {
			return err
		}
		serverRows = append(serverRows, leanClientRow(c, sizes.brotli, wrkFor))
	}

	rows := slices.Concat(sizeRows, pageRows, floor, latencyRows, pricingRows, serverRows,
		[]row{setupRow(browserVersion, loadBefore, loadAverage(), time.Since(start))})
	return printTable(rows, out)
}

// checkTools fails early, before minutes of measuring, on what is missing.
func checkTools(floor bool) error {
	files := []string{serverBinary, webDir + "/app.wasm"}
	if floor {
		files = append(files, floorBinary, floorWebDir+"/app.wasm")
	}
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			return fmt.Errorf("%s is missing: run make build (and make floor for the floor) first, from the module root", f)
		}
	}
	if err := chrome.Check(); err != nil {
		return err
	}
	if _, err := exec.LookPath("node"); err != nil {
		return errors.New("node is missing: the wasm benchmarks run in Node.js (apt-get install nodejs)")
	}
	if _, err := exec.LookPath("wrk"); err != nil {
		return errors.New("wrk is missing: make bench installs it (apt-get install wrk)")
	}
	return nil
}

func printTable(rows []row, out string) error {
	if err := writeTable(os.Stdout, rows); err != nil {
		return err
	}
	if out == "" {
		return nil
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := writeTable(f, rows); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
