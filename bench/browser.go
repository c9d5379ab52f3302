//go:build !wasm

package main

import (
	"context"
	"fmt"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"qidian-calculator/internal/chrome"
)

// link is the network between browser and server.
type link struct {
	name string
	// Throttled links are emulated by DevTools in the page's network
	// stack; zero means plain loopback.
	latencyMs      float64
	bytesPerSecond float64
}

var (
	loopback = link{name: "loopback"}
	// A fair mobile or small-office line: 20 Mbit/s each way, 40 ms.
	slowLink = link{name: "20 Mbit/s, 40 ms", latencyMs: 40, bytesPerSecond: 20e6 / 8}
)

// startChromium starts a browser with a new profile: no cache, no
// storage, no service worker, as for a first-time visitor.
func startChromium(ctx context.Context) (*chrome.Browser, error) {
	return chrome.Start(ctx, chrome.Options{})
}

// prepareTab installs the probe into every document the tab loads and
// throttles the tab's network to l.
func prepareTab(l link) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument,
			page.AddScriptToEvaluateOnNewDocumentParams{Source: probeJS})
		if err != nil {
			return fmt.Errorf("install probe: %w", err)
		}
		if l.latencyMs == 0 {
			return nil
		}
		if _, err := cdp.Call(ctx, t, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		// cdproto has only the rule-based successor of the deprecated
		// Network.emulateNetworkConditions; an empty pattern matches every
		// request of the tab. What the service worker answers from its
		// cache never reaches the network, so this does not slow it.
		_, err = cdp.Call(ctx, t, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
			MatchedNetworkConditions: []*network.Conditions{{
				Latency:            l.latencyMs,
				DownloadThroughput: l.bytesPerSecond,
				UploadThroughput:   l.bytesPerSecond,
			}},
		})
		if err != nil {
			return fmt.Errorf("emulate %s: %w", l.name, err)
		}
		return nil
	})
}
