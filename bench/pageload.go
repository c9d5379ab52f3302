//go:build !wasm

package main

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/serviceworker"
	"github.com/chromedp/chromedp"

	"qidian-calculator/internal/chrome"
)

//go:embed probe.js
var probeJS string

// visitTimeout bounds one page load; a load that takes longer has hung.
const visitTimeout = 60 * time.Second

// visit is one page load as the probe saw it, in ms since navigation start.
type visit struct {
	FCP         float64 `json:"fcp"`         // first contentful paint
	Visible     float64 `json:"visible"`     // first frame with the total in the viewport
	Interactive float64 `json:"interactive"` // the app answered a quantity change
	Controlled  bool    `json:"controlled"`  // a service worker answered the navigation
	// app.wasm in Resource Timing: bytes on the wire (0 from a cache)
	// and the body's size before decoding.
	WasmTransfer int64 `json:"wasmTransfer"`
	WasmEncoded  int64 `json:"wasmEncoded"`
	// Where the time went, in ms since navigation start: app.wasm asked
	// for and received (Resource Timing), compiled and instantiated, and
	// the app's first run done (go-app removes its loader).
	WasmRequested float64 `json:"wasmRequested"`
	WasmReceived  float64 `json:"wasmReceived"`
	Compiled      float64 `json:"compiled"`
	Started       float64 `json:"started"`
}

// totalVisible is when the prerendered total was first painted: no paint
// happens before the first contentful one, and the total may come later.
func (v visit) totalVisible() float64 { return math.Max(v.FCP, v.Visible) }

func (v visit) interactive() float64 { return v.Interactive }

// loadRuns are the cold and warm visits of several new profiles.
type loadRuns struct {
	link       link
	browser    string // the browser's product and version
	cold, warm []visit
}

// measurePageLoads makes runs pairs of visits, each pair in a new Chromium
// profile: a first visit, then a second once the service worker has cached
// the app and controls the page.
func measurePageLoads(ctx context.Context, base, wasmPath string, l link, runs int, logf func(string, ...any)) (loadRuns, error) {
	res := loadRuns{link: l}
	for i := range runs {
		c, err := startChromium(ctx)
		if err != nil {
			return res, err
		}
		res.browser = c.Version
		cold, warm, err := visitTwice(c, base, wasmPath, l)
		c.Stop()
		if err != nil {
			return res, fmt.Errorf("page load on %s, run %d: %w", l.name, i+1, err)
		}
		logf("page load on %s, run %d/%d: cold visible %s interactive %s; warm visible %s interactive %s",
			l.name, i+1, runs, millis(cold.totalVisible()), millis(cold.Interactive),
			millis(warm.totalVisible()), millis(warm.Interactive))
		res.cold = append(res.cold, cold)
		res.warm = append(res.warm, warm)
	}
	return res, nil
}

func visitTwice(c *chrome.Browser, base, wasmPath string, l link) (cold, warm visit, err error) {
	if err := chromedp.Do(c.Tab, prepareTab(l)); err != nil {
		return cold, warm, err
	}
	if cold, err = load(c.Tab, base+"/"); err != nil {
		return cold, warm, fmt.Errorf("cold visit: %w", err)
	}
	if cold.Controlled {
		return cold, warm, fmt.Errorf("cold visit: a service worker controlled the page of a new profile")
	}
	if err := awaitServiceWorker(c.Tab, wasmPath); err != nil {
		return cold, warm, err
	}
	if err := forgetEstimate(c.Tab); err != nil {
		return cold, warm, err
	}
	// A visitor comes back after Chromium has stopped the idle worker (it
	// does so after about 30 s), so the second visit pays for starting it.
	if err := chromedp.Do(c.Tab, stopServiceWorkers); err != nil {
		return cold, warm, err
	}
	if warm, err = load(c.Tab, base+"/"); err != nil {
		return cold, warm, fmt.Errorf("warm visit: %w", err)
	}
	if !warm.Controlled {
		return cold, warm, fmt.Errorf("warm visit: no service worker controlled the page")
	}
	return cold, warm, nil
}

// load navigates from a blank page, so the timed navigation starts clean,
// and waits for the probe's times.
func load(tab context.Context, url string) (visit, error) {
	ctx, cancel := context.WithTimeout(tab, visitTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(url)); err != nil {
		return visit{}, err
	}
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[json.RawMessage](`window.__bench.result.then(t => {
		const w = performance.getEntriesByType('resource').find(e => e.name.endsWith('/app.wasm'));
		return {...t, wasmTransfer: w ? w.transferSize : -1, wasmEncoded: w ? w.encodedBodySize : -1,
			wasmRequested: w ? w.startTime : -1, wasmReceived: w ? w.responseEnd : -1};
	})`, chromedp.EvalAwaitPromise))
	if err != nil {
		return visit{}, fmt.Errorf("waiting for the total and the app: %w; the probe has %s", err, probeSoFar(tab))
	}
	var v visit
	if err := json.Unmarshal(raw, &v); err != nil {
		return visit{}, fmt.Errorf("probe result %s: %w", raw, err)
	}
	return v, nil
}

// probeSoFar shows which times a visit that never finished did record.
func probeSoFar(tab context.Context) string {
	ctx, cancel := context.WithTimeout(tab, 5*time.Second)
	defer cancel()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`JSON.stringify(window.__bench && window.__bench.times)`))
	if err != nil {
		return "nothing (" + err.Error() + ")"
	}
	return s
}

// awaitServiceWorker waits until the worker controls the page and has
// cached app.wasm: go-app's worker does not hold its install until the cache
// is filled, so "ready" alone could let the second visit use the network.
func awaitServiceWorker(tab context.Context, wasmPath string) error {
	ctx, cancel := context.WithTimeout(tab, visitTimeout)
	defer cancel()
	wasm, _ := json.Marshal(wasmPath)
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(async () => {
		await navigator.serviceWorker.ready;
		while (!(navigator.serviceWorker.controller && await caches.match(`+string(wasm)+`))) {
			await new Promise(r => setTimeout(r, 20));
		}
		return true;
	})()`, chromedp.EvalAwaitPromise))
	if err != nil {
		return fmt.Errorf("waiting for the service worker to cache app.wasm: %w", err)
	}
	return nil
}

// forgetEstimate clears what the first visit saved, so the second one
// starts from the same default estimate; the navigation drops the fragment.
func forgetEstimate(tab context.Context) error {
	return chromedp.Do(tab, chromedp.Evaluate[chromedp.Void](`localStorage.clear(); sessionStorage.clear()`))
}

// stopServiceWorkers does what Chromium does to a worker left idle.
var stopServiceWorkers = chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
	if _, err := cdp.Call(ctx, t, serviceworker.Enable, cdp.Empty{}); err != nil {
		return err
	}
	_, err := cdp.Call(ctx, t, serviceworker.StopAllWorkers, cdp.Empty{})
	return err
})
