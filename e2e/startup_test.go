package e2e

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// While app.wasm is on its way the visitor reads the products and their
// prices, with a small status saying the calculator is starting; the
// estimate and its total say "opening your estimate", never the example's
// numbers: the server cannot know a shared link's estimate or a returning
// visitor's (issue 12). The fields take no input yet, as go-app replaces
// the page when it starts and would drop it; the catalog's buttons keep a
// tap for the app. Then the link's estimate opens.
func TestPrerenderedPageWhileTheAppStarts(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	release := p.openHoldingAppWasm("/#v=1&l=chat-pro,new,4,1")

	p.waitText(el(`document.getElementById('app-wasm-loader-label')`), "计算器启动中 0%，稍候即可编辑")
	p.waitText(total, "—")
	p.waitShownText(el(`document.getElementById('opening')`), "正在打开您的估算…")
	p.waitShownText(el(`document.getElementById('total-why')`), "正在打开您的估算…")
	if body := p.textOf(el(`document.body`)); strings.Contains(body, "9,990") || strings.Contains(body, "0.00 元") {
		t.Errorf("before the app runs, the page shows numbers that are not the link's: %q", body)
	}
	p.waitShown(el(`[...document.querySelectorAll('.edition-price')].find(e => text(e) === '999元/用户/年')`))
	inert := eval[[]string](p, `[...document.querySelectorAll('[inert]')].map(e => e.classList[0])`)
	for _, want := range []string{"lang-switch", "toolbar", "lines", "advisor"} {
		if !slices.Contains(inert, want) {
			t.Errorf("before the app runs, .%s is not inert; inert: %q", want, inert)
		}
	}
	// The catalog's and the examples' buttons answer: app.js keeps their
	// taps for the app (TestTapBeforeTheAppStartsIsKept).
	if kept := eval[[]string](p, `[...document.querySelectorAll('.catalog-cards button, #help button')].filter(b => !b.matches('[data-kept-tap][id]') || b.closest('[inert]')).map(b => b.id || text(b))`); len(kept) > 0 {
		t.Errorf("before the app runs, these buttons neither wait nor keep a tap: %q", kept)
	}
	p.screenshot("starting")

	release()
	p.waitReady()
	p.waitCount("[inert]", 0)
	p.waitText(total, "12,000.00 元")
	p.fill(labelled(line(1), usersLabel), "5")
	p.waitText(total, "15,000.00 元")
}

// A returning English visitor, or a link in English, sees the page's
// starting state in English only: app.js marks the page with the visitor's
// language before app.wasm runs (internal/site/loader.go).
func TestPrerenderedPageSpeaksTheVisitorsLanguage(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	opening := el(`document.getElementById('opening')`)
	loader := el(`document.getElementById('app-wasm-loader-label')`)

	release := p.openHoldingAppWasm("/#v=1&lang=en&l=chat-pro,new,4,1")
	p.waitFor("the page in English", `document.documentElement.lang === 'en'`, `document.documentElement.lang`)
	p.waitShownText(opening, "Opening your estimate…")
	p.waitShownText(el(`document.getElementById('total-why')`), "Opening your estimate…")
	p.waitText(loader, "Starting the calculator 0%, ready to edit in a moment")
	p.waitFor("no Chinese text in view", `!/\p{Script=Han}/u.test(document.body.innerText)`, `document.body.innerText`)
	p.screenshot("starting-en")
	release()
	p.waitReady()
	p.waitFor("the link's total", `text(`+string(total)+`).includes('12,000.00')`, `text(`+string(total)+`)`)

	// A link without lang, nothing remembered: Chinese.
	p.leave()
	release = p.openHoldingAppWasm("/#v=1&l=chat-basic,new,5,2")
	p.waitShownText(opening, "正在打开您的估算…")
	p.waitText(loader, "计算器启动中 0%，稍候即可编辑")
	release()
	p.waitReady()

	// English chosen is remembered: the next visit starts in English.
	p.chooseLanguage("English")
	p.waitLanguage("English")
	p.leave()
	release = p.openHoldingAppWasm("/#v=1&l=chat-basic,new,5,2")
	p.waitShownText(opening, "Opening your estimate…")
	release()
	p.waitReady()

	// Chinese chosen is remembered too, and comes before a link's lang, as
	// the app chooses (app/persist.go).
	p.chooseLanguage("简体中文")
	p.waitLanguage("简体中文")
	p.leave()
	release = p.openHoldingAppWasm("/#v=1&lang=en&l=chat-basic,new,5,2")
	p.waitShownText(opening, "正在打开您的估算…")
	release()
	p.waitReady()
	p.waitLanguage("简体中文")
}

// openHoldingAppWasm opens path with app.wasm held back, so the page stays
// as the server made it, until release is called.
func (p *page) openHoldingAppWasm(path string) (release func()) {
	p.t.Helper()
	paused := make(chan fetch.RequestID, 1)
	lctx, stop := context.WithCancel(p.ctx)
	err := chromedp.Listen(lctx, func(ev any) {
		if e, ok := ev.(*fetch.EventRequestPaused); ok {
			select {
			case paused <- e.RequestID:
			default:
			}
		}
	})
	if err != nil {
		p.t.Fatal(err)
	}
	p.step("hold back app.wasm", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		// From the network, as on a first visit: not from the service
		// worker or the cache a visit before this one filled.
		if _, err := cdp.Call(ctx, tg, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, tg, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: true}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, tg, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, fetch.Enable, fetch.EnableParams{
			Patterns: []*fetch.RequestPattern{{URLPattern: "*/app.wasm"}},
		})
		return err
	}))
	p.step("open "+path, chromedp.Navigate(p.base+path))
	var wasm fetch.RequestID
	select {
	case wasm = <-paused:
	case <-time.After(stepTimeout):
		p.t.Fatal("the page never asked for app.wasm")
	}
	return func() {
		p.t.Helper()
		stop()
		p.step("let app.wasm through", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			if _, err := cdp.Call(ctx, tg, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: wasm}); err != nil {
				return err
			}
			_, err := cdp.Call(ctx, tg, fetch.Disable, cdp.Empty{})
			return err
		}))
	}
}

// waitShownText waits until e's visible text (innerText: what CSS hides
// is left out) reads want.
func (p *page) waitShownText(e el, want string) {
	p.t.Helper()
	p.waitFor(fmt.Sprintf("%s to show %q", e, want), fmt.Sprintf(`(() => { const x = %s; return !!x && norm(x.innerText) === %s; })()`, e, jsString(want)),
		fmt.Sprintf(`(() => { const x = %s; return x ? x.innerText : null; })()`, e))
}

// The page asks for app.wasm while it reads its head (internal/site's
// start hints), and app.js's fetch takes that response: app.wasm is
// requested once, by the preload. A preload the fetch cannot use would
// show as a second request, initiated by fetch.
func TestAppWasmRequestedOnceFromTheHead(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.open("/")
	requests := eval[[]string](p, `performance.getEntriesByType('resource').filter(e => e.name.endsWith('/app.wasm')).map(e => e.initiatorType)`)
	if !slices.Equal(requests, []string{"link"}) {
		t.Errorf("app.wasm was requested by %q, want once, by the page's preload link", requests)
	}
}

// The app's first drawing is the visitor's estimate, in their language.
// go-app draws the whole page as app.wasm starts; a page drawn before the
// estimate was read (the server's "opening your estimate") is drawn again,
// every line and number, on go-app's next frame, a second pass before the
// app can answer a keystroke. A link's estimate and a saved one both count.
func TestAppDrawsTheVisitorsEstimateFirst(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.runInEachDocument("note the app's first drawing", noteFirstDrawing)
	type drawing struct {
		Opening  bool   `json:"opening"`
		Lang     string `json:"lang"`
		Quantity string `json:"quantity"`
		Total    string `json:"total"`
	}
	check := func(what string, want drawing) {
		t.Helper()
		p.waitFor("the app's first drawing", `window.firstDrawing`, `null`)
		got := eval[drawing](p, `window.firstDrawing`)
		if got != want {
			t.Errorf("%s: the app first drew %+v, want %+v", what, got, want)
		}
	}

	p.open("/#v=1&lang=en&l=chat-pro,new,4,1")
	check("a link in English", drawing{Lang: "en", Quantity: "4", Total: "¥12,000.00"})

	p.fill(labelled(line(1), "Users"), "6")
	p.chooseLanguage("简体中文")
	p.waitText(total, "18,000.00 元")
	p.leave()
	p.open("/")
	check("the estimate and language this browser kept", drawing{Lang: "zh-CN", Quantity: "6", Total: "18,000.00 元"})
}

// runInEachDocument has the tab run script in every document it loads from
// now on, before the document's own scripts.
func (p *page) runInEachDocument(what, script string) {
	p.t.Helper()
	p.step(what, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, cdppage.AddScriptToEvaluateOnNewDocument,
			cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: script})
		return err
	}))
}

// noteFirstDrawing runs before each document's own scripts. When go-app
// removes its loader (app.wasm's first run is over, before any later
// frame of go-app's), it notes what the app drew.
const noteFirstDrawing = `(() => {
  new MutationObserver((_, observer) => {
    if (document.readyState === 'loading' || document.getElementById('app-wasm-loader')) return;
    observer.disconnect();
    const quantity = document.getElementById('line1-quantity');
    const total = document.getElementById('total');
    window.firstDrawing = {
      opening: !!document.getElementById('opening'),
      lang: document.documentElement.lang,
      quantity: quantity ? quantity.value : '',
      total: total ? total.textContent.trim() : '',
    };
  }).observe(document, { subtree: true, childList: true });
})();`

// What a visitor sees first is the server's page, and the browser's
// largest contentful paint should say so. go-app replaces that page when
// app.wasm starts, and Chromium forgets a text removed before the frame
// that drew it was presented: the page's largest paint then became the
// app's copy of the same paragraph, drawn after app.wasm ran. The app
// starts once the browser has reported the page's largest paint
// (internal/site/loader.go): on a first visit, and on later ones, where
// app.wasm comes from the cache and is ready soonest.
func TestAppReplacesThePageAfterItsPaintIsReported(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.runInEachDocument("note the paints reported before the app starts", notePaintsBeforeTheApp)
	for visit := 1; visit <= 4; visit++ {
		if visit > 1 {
			p.leave()
		}
		p.open("/")
		p.waitFor("the app's start", `window.paintsBeforeTheApp`, `null`)
		if paints := eval[[]string](p, `window.paintsBeforeTheApp`); len(paints) == 0 {
			t.Errorf("visit %d: the app replaced the server's page before the browser reported its largest paint", visit)
		}
	}
}

// notePaintsBeforeTheApp runs before each document's own scripts. When
// go-app removes its loader, right after app.wasm's first run, it notes
// the largest contentful paints the browser had reported until then, the
// ones not yet delivered to the observer included.
const notePaintsBeforeTheApp = `(() => {
  const seen = [];
  const note = e => String(e.size) + ' px² ' + (e.element ? e.element.tagName.toLowerCase() + '.' + e.element.className : 'no longer in the page');
  const paints = new PerformanceObserver(list => { seen.push(...list.getEntries().map(note)); });
  paints.observe({ type: 'largest-contentful-paint', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.readyState === 'loading' || document.getElementById('app-wasm-loader')) return;
    observer.disconnect();
    window.paintsBeforeTheApp = seen.concat(paints.takeRecords().map(note));
  }).observe(document, { subtree: true, childList: true });
})();`

// A tap on 加入估算 while app.wasm is still on its way is kept, and done
// once the app has started: one line, not none (go-app replaces the
// server's page as it starts, and a tap on it was dropped) and not two.
func TestTapBeforeTheAppStartsIsKept(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.sizeAs(viewports[0])
	release := p.openHoldingAppWasm("/")
	add := el(`document.getElementById('add-chat-basic')`)
	p.waitShown(add)
	p.click(add)
	p.waitShownText(el(`document.getElementById('kept-taps')`), "已记下您点的操作，启动后即完成")
	p.screenshotView("starting-tap-kept-360")
	release()
	p.waitReady()
	p.waitCount("section.line", 1)
	p.waitText(titleOf(1), "第 1 项 · 在线客服 基础版")
	p.waitText(total, "2,997.00 元")
	p.settle()
	if n := p.count("section.line"); n != 1 {
		t.Errorf("one tap before the start made %d lines, want 1", n)
	}

	// A tab, then an example in the help: each done once, in order.
	p.step("forget the estimate", chromedp.Evaluate[chromedp.Void](`localStorage.clear(), sessionStorage.clear()`))
	p.leave()
	release = p.openHoldingAppWasm("/")
	p.click(el(`document.getElementById('product-phone')`))
	p.click(el(`document.querySelector('#help > summary')`))
	p.click(el(`document.getElementById('example-add')`))
	p.waitShownText(el(`document.getElementById('kept-taps')`), "已记下您点的操作，启动后即完成")
	release()
	p.waitReady()
	p.waitFor("the phone tab chosen", `document.getElementById('product-phone').getAttribute('aria-selected') === 'true'`,
		`document.querySelector('[role=tab][aria-selected=true]').id`)
	p.waitText(total, "4,795.20 元")
	p.settle()
	if n := p.count("section.line"); n != 1 {
		t.Errorf("the example opened with %d lines, want its 1", n)
	}
}

// The start-up status covers nothing the visitor reads first on a phone:
// not the title, nor the language switch.
func TestStartupStatusCoversNoTitleOnAPhone(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.sizeAs(viewports[0])
	for _, path := range []string{"/", "/#lang=en"} {
		release := p.openHoldingAppWasm(path)
		p.waitShown(el(`document.getElementById('app-wasm-loader')`))
		p.screenshotView("starting-status-360-" + map[string]string{"/": "zh", "/#lang=en": "en"}[path])
		overlaps := eval[[]string](p, `(() => {
			const a = document.getElementById('app-wasm-loader').getBoundingClientRect();
			const cut = r => r.width > 0 && r.height > 0 && r.left < a.right && a.left < r.right && r.top < a.bottom && a.top < r.bottom;
			return [...document.querySelectorAll('h1, .masthead .lang-switch, .masthead .lang-choice')]
				.filter(e => visible(e) && cut(e.getBoundingClientRect())).map(e => e.tagName.toLowerCase() + '.' + e.className);
		})()`)
		if len(overlaps) > 0 {
			t.Errorf("%s: the start-up status covers %q", path, overlaps)
		}
		if !eval[bool](p, `(() => { const r = document.getElementById('app-wasm-loader').getBoundingClientRect();
			return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth; })()`) {
			t.Errorf("%s: the start-up status is not in view", path)
		}
		release()
		p.waitReady()
		p.leave()
	}
}
