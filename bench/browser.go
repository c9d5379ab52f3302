//go:build !wasm

package main

import (
	"context"
	"fmt"
	"os"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

const chromiumPath = "/usr/bin/chromium"

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

// chromium is one browser with its own new profile: no cache, no storage,
// no service worker, as for a first-time visitor.
type chromium struct {
	ctx     context.Context // the one tab
	version string
	stop    func()
}

func startChromium(ctx context.Context) (*chromium, error) {
	dir, err := os.MkdirTemp("", "qidian-bench-chromium-")
	if err != nil {
		return nil, err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox, // make bench may run as root, where the sandbox cannot start
		chromedp.NoFirstRun,
		chromedp.DisableGPU,
		// Nothing but the page on the network while it is timed.
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(dir),
		// A desktop window, where the total is on screen without scrolling.
		chromedp.WindowSize(1280, 800),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	tabCtx, cancelTab := chromedp.NewContext(allocCtx)
	b := &chromium{ctx: tabCtx, stop: func() {
		cancelTab()
		cancelAlloc()
		os.RemoveAll(dir)
	}}
	if err := chromedp.Do(tabCtx); err != nil { // starts Chromium, opens the tab
		b.stop()
		return nil, fmt.Errorf("start %s: %w", chromiumPath, err)
	}
	v, err := chromedp.CallBrowser(tabCtx, browser.GetVersion, cdp.Empty{})
	if err != nil {
		b.stop()
		return nil, err
	}
	b.version = v.Product
	return b, nil
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
