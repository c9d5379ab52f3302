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

// measureInteraction loads the page in a new profile on loopback and times
// quantity changes inside the page, where DevTools round trips are not
// counted. It returns milliseconds per change and the browser's version.
func measureInteraction(ctx context.Context, base string) ([]float64, string, error) {
	c, err := startChromium(ctx)
	if err != nil {
		return nil, "", err
	}
	defer c.stop()
	if err := chromedp.Do(c.ctx, prepareTab(loopback)); err != nil {
		return nil, "", err
	}
	if _, err := load(c.ctx, base+"/"); err != nil {
		return nil, "", fmt.Errorf("interaction: %w", err)
	}
	tctx, cancel := context.WithTimeout(c.ctx, 2*time.Minute)
	defer cancel()
	js := "(" + interactionJS + ")(" + strconv.Itoa(quantityChanges) + ")"
	ms, err := chromedp.Run(tctx, chromedp.Evaluate[[]float64](js, chromedp.EvalAwaitPromise))
	if err != nil {
		return nil, "", fmt.Errorf("interaction: %w", err)
	}
	if len(ms) != quantityChanges {
		return nil, "", fmt.Errorf("interaction: %d latencies, want %d", len(ms), quantityChanges)
	}
	return ms, c.version, nil
}
