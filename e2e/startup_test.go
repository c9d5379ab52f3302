package e2e

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"
)

// While app.wasm is on its way the visitor reads the prerendered estimate
// and its total, with a small status saying the calculator is starting; the
// controls take no input yet, as go-app replaces the page when it starts and
// would drop it. Then the app takes over and every control works.
func TestPrerenderedPageWhileTheAppStarts(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	paused := make(chan fetch.RequestID, 1)
	err := chromedp.Listen(p.ctx, func(ev any) {
		if e, ok := ev.(*fetch.EventRequestPaused); ok {
			select {
			case paused <- e.RequestID:
			default:
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	p.step("hold back app.wasm", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, fetch.Enable, fetch.EnableParams{
			Patterns: []*fetch.RequestPattern{{URLPattern: "*/app.wasm"}},
		})
		return err
	}))
	p.step("open /", chromedp.Navigate(p.base+"/"))
	var wasm fetch.RequestID
	select {
	case wasm = <-paused:
	case <-time.After(stepTimeout):
		t.Fatal("the page never asked for app.wasm")
	}

	// Nothing covers the total: the element at its centre is inside it.
	p.waitFor("the prerendered total, on top", `text(document.getElementById('total')) === '9,990.00 元' && (() => {
		const t = document.getElementById('total'), b = t.getBoundingClientRect();
		return b.width > 0 && t.contains(document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2));
	})()`, `[text(document.getElementById('total')), document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.className]`)
	p.waitText(el(`document.getElementById('app-wasm-loader-label')`), "计算器启动中 0%，稍候即可编辑")
	inert := eval[[]string](p, `[...document.querySelectorAll('[inert]')].map(e => e.classList[0])`)
	for _, want := range []string{"lang-switch", "toolbar", "lines", "advisor"} {
		if !slices.Contains(inert, want) {
			t.Errorf("before the app runs, .%s is not inert; inert: %q", want, inert)
		}
	}
	if eval[bool](p, `(() => { const q = document.getElementById('line1-quantity'); q.focus(); return document.activeElement === q })()`) {
		t.Error("the quantity took focus before the app could read it")
	}
	p.screenshot("starting")

	p.step("let app.wasm through", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: wasm})
		return err
	}))
	p.waitReady()
	p.waitCount("[inert]", 0)
	p.fill(labelled(line(1), usersLabel), "6")
	p.waitText(total, "11,988.00 元")
}
