//go:build !wasm

package main

import (
	"context"
	_ "embed"
	"fmt"
	"strconv"
	"time"

	"github.com/chromedp/chromedp"
)

//go:embed interaction.js
var interactionJS string

// quantityChanges is how many quantity changes the latency figures rest on.
const quantityChanges = 100

// settleFor is how long the settled page is left alone, once its service
// worker holds the app, before it is typed into: about as long as a visitor
// takes to read the page before a first change.
const settleFor = 3 * time.Second

// measureInteraction loads the page in a new profile on loopback and times
// quantity changes inside the page, where DevTools round trips are not
// counted. With settle, it first waits for the service worker to cache the
// app and then settleFor more; without, it types as soon as the app answers,
// while Chromium still compiles and the worker installs. It returns
// milliseconds per change and the browser's version.
func measureInteraction(ctx context.Context, base, wasmPath string, settle bool) ([]float64, string, error) {
	c, err := startChromium(ctx)
	if err != nil {
		return nil, "", err
	}
	defer c.Stop()
	if err := chromedp.Do(c.Tab, prepareTab(loopback)); err != nil {
		return nil, "", err
	}
	if _, err := load(c.Tab, base+"/"); err != nil {
		return nil, "", fmt.Errorf("interaction: %w", err)
	}
	if settle {
		if err := awaitServiceWorker(c.Tab, wasmPath); err != nil {
			return nil, "", fmt.Errorf("interaction: %w", err)
		}
		select {
		case <-time.After(settleFor):
		case <-ctx.Done():
			return nil, "", ctx.Err()
		}
	}
	tctx, cancel := context.WithTimeout(c.Tab, 2*time.Minute)
	defer cancel()
	js := "(" + interactionJS + ")(" + strconv.Itoa(quantityChanges) + ")"
	ms, err := chromedp.Run(tctx, chromedp.Evaluate[[]float64](js, chromedp.EvalAwaitPromise))
	if err != nil {
		return nil, "", fmt.Errorf("interaction: %w", err)
	}
	if len(ms) != quantityChanges {
		return nil, "", fmt.Errorf("interaction: %d latencies, want %d", len(ms), quantityChanges)
	}
	return ms, c.Version, nil
}
