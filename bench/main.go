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

// run measures the parts asked for and prints the table. Each phase below is
// one method of bench; the rows come out in the table's order, whatever
// order they are measured in.
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
	b := &bench{ctx: ctx, parts: parts, runs: runs, sizes: sizes}
	var sizeRows []row
	if parts["size"] {
		sizeRows = sizes.rows()
	}
	// The Go benchmarks first, while no browser or server competes for the CPU.
	pricingRows, err := b.pricing()
	if err != nil {
		return err
	}
	defer b.stopServers()
	if err := b.startServers(); err != nil {
		return err
	}
	if err := b.pageLoads(); err != nil {
		return err
	}
	if err := b.returningVisits(); err != nil {
		return err
	}
	if err := b.codeCacheAndInteraction(); err != nil {
		return err
	}
	lighthouseRows, err := b.lighthouse(lighthouse)
	if err != nil {
		return err
	}
	serverRows, err := b.server(wrkFor)
	if err != nil {
		return err
	}
	rows := slices.Concat(sizeRows, b.pageRows(), b.floorRows(), b.stockRows(), lighthouseRows, b.interactionRows(), pricingRows, serverRows,
		[]row{setupRow(b.browserVersion, loadBefore, loadAverage(), time.Since(start))})
	return printTable(rows, out)
}

// bench is one run of the table: what it measures, the three pages and what
// their visits measured so far.
type bench struct {
	ctx   context.Context
	parts map[string]bool
	runs  int       // page loads per case
	sizes wasmSizes // of the calculator's app.wasm

	ours, floor, stock *site
	browserVersion     string // of the last browser that loaded a page
}

// pricing runs the pricing benchmarks natively and as wasm in Node.
func (b *bench) pricing() ([]row, error) {
	if !b.parts["pricing"] {
		return nil, nil
	}
	logf("pricing benchmarks, native")
	native, err := runPricingBenchmarks(b.ctx, false)
	if err != nil {
		return nil, err
	}
	logf("pricing benchmarks, js/wasm in Node")
	inWasm, err := runPricingBenchmarks(b.ctx, true)
	if err != nil {
		return nil, err
	}
	return slices.Concat(benchmarkRows(native, false), benchmarkRows(inWasm, true)), nil
}

// startServers starts the calculator's server, and the floor's and the stock
// page's when their page loads are measured; stopServers stops them.
func (b *bench) startServers() error {
	srv, err := startServer(serverBinary, webDir)
	if err != nil {
		return err
	}
	b.ours = &site{yardstick: yardstick{name: "calculator", binary: serverBinary, web: webDir, make: "build"},
		srv: srv, measure: b.parts["pageload"], siteRun: siteRun{sizes: b.sizes}}
	b.floor = &site{yardstick: floorSite, measure: b.parts["floor"]}
	b.stock = &site{yardstick: stockSite, measure: b.parts["stock"]}
	if b.ours.wasmPath, err = srv.wasmPath(); err != nil {
		return err
	}
	// wrk and the table name this encoding; make sure it is what is served.
	if _, enc, err := srv.get(b.ours.wasmPath, "br"); err != nil || enc != "br" {
		return fmt.Errorf("GET %s with Accept-Encoding: br: Content-Encoding %q, %v", b.ours.wasmPath, enc, err)
	}
	for _, s := range []*site{b.floor, b.stock} {
		if s.measure {
			if err := s.start(); err != nil {
				return err
			}
		}
	}
	return nil
}

// stopServers stops whichever servers startServers started.
func (b *bench) stopServers() {
	for _, s := range []*site{b.stock, b.floor, b.ours} {
		if s != nil && s.srv != nil {
			s.srv.stop()
		}
	}
}

// pageLoads loads each measured page, first and second visit, on loopback
// and on the slow link. Interleaved, run by run, so a burst of load
// elsewhere on the machine slows all three pages alike rather than one of
// them.
func (b *bench) pageLoads() error {
	sites := []*site{b.ours, b.floor, b.stock}
	for _, l := range []link{loopback, slowLink} {
		for _, s := range sites {
			s.loads = append(s.loads, loadRuns{link: l})
		}
		for i := range b.runs {
			for _, s := range sites {
				if !s.measure {
					continue
				}
				lr, err := measurePageLoads(b.ctx, s.srv.url, s.wasmPath, l, 1, s.logf(i, b.runs))
				if err != nil {
					return fmt.Errorf("%s: %w", s.make, err)
				}
				at := &s.loads[len(s.loads)-1]
				at.browser, at.cold, at.warm = lr.browser, append(at.cold, lr.cold...), append(at.warm, lr.warm...)
				b.browserVersion = lr.browser
			}
		}
	}
	for _, s := range sites {
		s.loads = slices.DeleteFunc(s.loads, func(lr loadRuns) bool { return len(lr.cold) == 0 })
	}
	return nil
}

// returningVisits measures the returning visit of the calculator and the
// stock page, interleaved run by run.
func (b *bench) returningVisits() error {
	if !b.parts["returning"] {
		return nil
	}
	for i := range b.runs {
		for _, s := range []*site{b.ours, b.stock} {
			if s.srv == nil {
				continue
			}
			r, v, err := measureReturning(b.ctx, s.srv.url, s.wasmPath, 1, false, s.logf(i, b.runs))
			if err != nil {
				return fmt.Errorf("%s: %w", s.make, err)
			}
			s.returning, b.browserVersion = append(s.returning, r...), v
		}
	}
	return nil
}

// codeCacheAndInteraction measures whether V8's code cache engages and the
// interaction latency, on the calculator and the stock page.
func (b *bench) codeCacheAndInteraction() error {
	for _, s := range []*site{b.ours, b.stock} {
		if s.srv == nil {
			continue
		}
		m, v, err := measureVisitor(b.ctx, s.srv, s.wasmPath, b.runs, without(b.parts, "returning"), s.logf(-1, b.runs))
		if err != nil {
			return fmt.Errorf("%s: %w", s.make, err)
		}
		if v != "" {
			b.browserVersion = v
		}
		s.afterStart, s.settled, s.devtools, s.noDevTools, s.traced = m.afterStart, m.settled, m.devtools, m.noDevTools, m.traced
	}
	return nil
}

// lighthouse audits the calculator and the stock page alternately, runs
// times each, when the stock page is measured.
func (b *bench) lighthouse(runs int) ([]row, error) {
	if runs <= 0 || b.stock.srv == nil {
		return nil, nil
	}
	var ours, stock []lighthouseRun
	for i := range runs {
		for _, s := range []*site{b.ours, b.stock} {
			s.logf(i, runs)("Lighthouse %s", lighthouseVersion)
			r, err := runLighthouse(b.ctx, s.srv.url+"/")
			if err != nil {
				return nil, fmt.Errorf("%s: %w", s.make, err)
			}
			if s == b.ours {
				ours = append(ours, r)
			} else {
				stock = append(stock, r)
			}
		}
	}
	return lighthouseRows(ours, stock), nil
}

// server loads the calculator's server with wrk, on the page and on
// app.wasm, then fetches app.wasm with a lean Go client.
func (b *bench) server(d time.Duration) ([]row, error) {
	if !b.parts["wrk"] {
		return nil, nil
	}
	url, wasmPath := b.ours.srv.url, b.ours.wasmPath
	var rows []row
	for _, u := range []struct{ what, path string }{
		{"GET / with Accept-Encoding: br", "/"},
		{"GET " + wasmPath + " with Accept-Encoding: br", wasmPath},
	} {
		logf("wrk %s for %s", u.path, d)
		r, err := runWrk(b.ctx, url+u.path, d)
		if err != nil {
			return nil, err
		}
		rows = append(rows, wrkRow(u.what, r, d, u.path == wasmPath, b.sizes.brotli))
	}
	logf("Go client %s for %s", wasmPath, d)
	c, err := fetchWithLeanClient(b.ctx, url+wasmPath, d)
	if err != nil {
		return nil, err
	}
	return append(rows, leanClientRow(c, b.sizes.brotli, d)), nil
}

// pageRows are the calculator's page loads and returning visits.
func (b *bench) pageRows() []row {
	var rows []row
	if b.parts["pageload"] {
		for _, lr := range b.ours.loads {
			rows = append(rows, loadRows(lr, b.sizes)...)
		}
	}
	return append(rows, returningRows("calculator", b.ours.siteRun)...)
}

// floorRows are the floor page's figures and what the calculator costs
// above it.
func (b *bench) floorRows() []row {
	if !b.floor.measure {
		return nil
	}
	rows := siteRows(b.floor.yardstick, b.floor.siteRun)
	if lo, ok := b.ours.loadsOn(loopback); ok {
		rows = append(rows, ownCostRow(lo, b.floor.loads[0]))
	}
	return rows
}

// stockRows are the stock page's figures and the calculator against them.
func (b *bench) stockRows() []row {
	if b.stock.srv == nil {
		return nil
	}
	return append(siteRows(b.stock.yardstick, b.stock.siteRun), comparisonRows(b.ours.siteRun, b.stock.siteRun)...)
}

// interactionRows are the calculator's interaction latencies.
func (b *bench) interactionRows() []row {
	if len(b.ours.afterStart) == 0 {
		return nil
	}
	return append(interactionRows(b.ours.afterStart, false), interactionRows(b.ours.settled, true)...)
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
