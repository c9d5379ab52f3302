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
	"maps"
	"os"
	"os/exec"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	"time"

	"qidian-calculator/internal/chrome"
)

const webDir = "web"

// serverBinary is the calculator's server; -server measures another build
// of it against the same web/, for an A/B comparison of a server change.
var serverBinary = "bin/qidian-calculator"

func main() {
	out := flag.String("o", "", "also write the table to `file`")
	runs := flag.Int("runs", 5, "page loads per case; the table shows the median")
	wrkFor := flag.Duration("wrk", 10*time.Second, "how long wrk loads each URL")
	flag.StringVar(&serverBinary, "server", serverBinary, "the calculator's server `binary`")
	lighthouse := flag.Int("lighthouse", 0, "Lighthouse audits per page, the calculator's and the stock page's alternately (needs npx; 0: none)")
	only := flag.String("only", "", "measure only these `parts`, comma-separated: "+strings.Join(allParts, ","))
	flag.Parse()
	parts, err := chooseParts(*only)
	if err == nil {
		err = run(*out, *runs, *wrkFor, *lighthouse, parts)
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
var allParts = []string{"size", "pricing", "pageload", "floor", "stock", "returning", "codecache", "interaction", "wrk"}

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

func run(out string, runs int, wrkFor time.Duration, lighthouse int, parts map[string]bool) error {
	if runs < 1 {
		return errors.New("-runs must be at least 1")
	}
	if _, err := exec.LookPath("npx"); err != nil && lighthouse > 0 {
		return errors.New("npx is missing: Lighthouse runs with npx, which comes with Node.js's npm (or use -lighthouse 0)")
	}
	if err := checkTools(parts); err != nil {
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
	var sizeRows, pageRows, floorRows, stockRows, latencyRows, pricingRows, serverRows []row
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
	ours := &site{yardstick: yardstick{name: "calculator", binary: serverBinary, web: webDir, make: "build"},
		srv: srv, wasmPath: wasmPath, measure: parts["pageload"], siteRun: siteRun{sizes: sizes}}
	floor := &site{yardstick: floorSite, measure: parts["floor"]}
	stock := &site{yardstick: stockSite, measure: parts["stock"]}
	for _, s := range []*site{floor, stock} {
		if s.measure {
			if err := s.start(); err != nil {
				return err
			}
			defer s.srv.stop()
		}
	}
	// Interleaved, run by run, so a burst of load elsewhere on the machine
	// slows all three pages alike rather than one of them.
	for _, l := range []link{loopback, slowLink} {
		for _, s := range []*site{ours, floor, stock} {
			s.loads = append(s.loads, loadRuns{link: l})
		}
		for i := range runs {
			for _, s := range []*site{ours, floor, stock} {
				if !s.measure {
					continue
				}
				lr, err := measurePageLoads(ctx, s.srv.url, s.wasmPath, l, 1, s.logf(i, runs))
				if err != nil {
					return fmt.Errorf("%s: %w", s.make, err)
				}
				at := &s.loads[len(s.loads)-1]
				at.browser, at.cold, at.warm = lr.browser, append(at.cold, lr.cold...), append(at.warm, lr.warm...)
				browserVersion = lr.browser
			}
		}
	}
	for _, s := range []*site{ours, floor, stock} {
		s.loads = slices.DeleteFunc(s.loads, func(lr loadRuns) bool { return len(lr.cold) == 0 })
	}
	if parts["returning"] {
		for i := range runs {
			for _, s := range []*site{ours, stock} {
				if s.srv == nil {
					continue
				}
				r, v, err := measureReturning(ctx, s.srv.url, s.wasmPath, 1, false, s.logf(i, runs))
				if err != nil {
					return fmt.Errorf("%s: %w", s.make, err)
				}
				s.returning, browserVersion = append(s.returning, r...), v
			}
		}
	}
	for _, s := range []*site{ours, stock} {
		if s.srv == nil {
			continue
		}
		m, v, err := measureVisitor(ctx, s.srv, s.wasmPath, runs, without(parts, "returning"), s.logf(-1, runs))
		if err != nil {
			return fmt.Errorf("%s: %w", s.make, err)
		}
		if v != "" {
			browserVersion = v
		}
		s.afterStart, s.settled, s.devtools, s.noDevTools, s.traced = m.afterStart, m.settled, m.devtools, m.noDevTools, m.traced
	}
	if parts["pageload"] {
		for _, lr := range ours.loads {
			pageRows = append(pageRows, loadRows(lr, sizes)...)
		}
	}
	pageRows = append(pageRows, returningRows("calculator", ours.siteRun)...)
	if floor.measure {
		floorRows = siteRows(floor.yardstick, floor.siteRun)
		if lo, ok := ours.loadsOn(loopback); ok {
			floorRows = append(floorRows, ownCostRow(lo, floor.loads[0]))
		}
	}
	if stock.srv != nil {
		stockRows = siteRows(stock.yardstick, stock.siteRun)
		stockRows = append(stockRows, comparisonRows(ours.siteRun, stock.siteRun)...)
	}
	if lighthouse > 0 && stock.srv != nil {
		var o, st []lighthouseRun
		for i := range lighthouse {
			for _, s := range []*site{ours, stock} {
				s.logf(i, lighthouse)("Lighthouse %s", lighthouseVersion)
				r, err := runLighthouse(ctx, s.srv.url+"/")
				if err != nil {
					return fmt.Errorf("%s: %w", s.make, err)
				}
				if s == ours {
					o = append(o, r)
				} else {
					st = append(st, r)
				}
			}
		}
		stockRows = append(stockRows, lighthouseRows(o, st)...)
	}
	if len(ours.afterStart) > 0 {
		latencyRows = append(interactionRows(ours.afterStart, false), interactionRows(ours.settled, true)...)
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
			serverRows = append(serverRows, wrkRow(u.what, r, wrkFor, u.path == wasmPath, sizes.brotli))
		}
		logf("Go client %s for %s", wasmPath, wrkFor)
		c, err := fetchWithLeanClient(ctx, srv.url+wasmPath, wrkFor)
		if err != nil {
			return err
		}
		serverRows = append(serverRows, leanClientRow(c, sizes.brotli, wrkFor))
	}

	rows := slices.Concat(sizeRows, pageRows, floorRows, stockRows, latencyRows, pricingRows, serverRows,
		[]row{setupRow(browserVersion, loadBefore, loadAverage(), time.Since(start))})
	return printTable(rows, out)
}

// checkTools fails early, before minutes of measuring, on what is missing.
func checkTools(parts map[string]bool) error {
	builds := map[string][]string{"build": {serverBinary, webDir + "/app.wasm"}}
	for _, y := range []yardstick{floorSite, stockSite} {
		if parts[y.make] {
			builds[y.make] = []string{y.binary, y.web + "/app.wasm"}
		}
	}
	for target, files := range builds {
		for _, f := range files {
			if _, err := os.Stat(f); err != nil {
				return fmt.Errorf("%s is missing: run make %s first, from the module root (make bench builds everything)", f, target)
			}
		}
	}
	if err := chrome.Check(); err != nil {
		return err
	}
	if _, err := exec.LookPath("node"); err != nil && parts["pricing"] {
		return errors.New("node is missing: the wasm benchmarks run in Node.js (apt-get install nodejs)")
	}
	if _, err := exec.LookPath("wrk"); err != nil && parts["wrk"] {
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

// site is one of the pages the bench loads, with its server while it runs.
type site struct {
	yardstick
	srv      *server
	wasmPath string
	measure  bool // its page loads are part of this run
	siteRun
}

func (s *site) start() error {
	sizes, err := measureWasmSize(s.web)
	if err != nil {
		return fmt.Errorf("%s: %w (make %s builds it)", s.make, err, s.make)
	}
	srv, err := startServer(s.binary, s.web)
	if err != nil {
		return fmt.Errorf("%s: %w (make %s builds it)", s.make, err, s.make)
	}
	s.srv, s.sizes = srv, sizes
	if s.wasmPath, err = srv.wasmPath(); err != nil {
		srv.stop()
		return fmt.Errorf("%s: %w", s.make, err)
	}
	return nil
}

// logf reports progress of run i (of runs; -1 for none) on this site.
func (s *site) logf(i, runs int) func(string, ...any) {
	prefix := s.make + ": "
	if s.make == "build" {
		prefix = "calculator: "
	}
	if i >= 0 {
		prefix += fmt.Sprintf("[%d/%d] ", i+1, runs)
	}
	return func(format string, args ...any) { logf(prefix+format, args...) }
}

// without is parts less one.
func without(parts map[string]bool, part string) map[string]bool {
	out := maps.Clone(parts)
	delete(out, part)
	return out
}
