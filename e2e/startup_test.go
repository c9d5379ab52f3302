package e2e

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"
)

// While app.wasm is on its way the visitor reads the products and their
// prices, with a small status saying the calculator is starting; the
// estimate and its total say "opening your estimate", never the example's
// numbers: the server cannot know a shared link's estimate or a returning
// visitor's (issue 12). The controls take no input yet, as go-app replaces
// the page when it starts and would drop it. Then the link's estimate opens.
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
	p.step("open a shared link", chromedp.Navigate(p.base+"/#v=1&l=chat-pro,new,4,1"))
	var wasm fetch.RequestID
	select {
	case wasm = <-paused:
	case <-time.After(stepTimeout):
		t.Fatal("the page never asked for app.wasm")
	}

	p.waitText(el(`document.getElementById('app-wasm-loader-label')`), "计算器启动中 0%，稍候即可编辑")
	p.waitText(total, "—")
	p.waitText(el(`document.getElementById('opening')`), "正在打开您的估算… · Opening your estimate…")
	if body := p.textOf(el(`document.body`)); strings.Contains(body, "9,990") || strings.Contains(body, "0.00 元") {
		t.Errorf("before the app runs, the page shows numbers that are not the link's: %q", body)
	}
	p.waitShown(el(`[...document.querySelectorAll('.edition-price')].find(e => text(e) === '999元/用户/年')`))
	inert := eval[[]string](p, `[...document.querySelectorAll('[inert]')].map(e => e.classList[0])`)
	for _, want := range []string{"lang-switch", "toolbar", "lines", "advisor", "catalog-cards"} {
		if !slices.Contains(inert, want) {
			t.Errorf("before the app runs, .%s is not inert; inert: %q", want, inert)
		}
	}
	if eval[bool](p, `(() => { const b = document.getElementById('add-chat-basic'); b.focus(); return document.activeElement === b })()`) {
		t.Error("a card's button took focus before the app could answer it")
	}
	p.screenshot("starting")

	p.step("let app.wasm through", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: wasm})
		return err
	}))
	p.waitReady()
	p.waitCount("[inert]", 0)
	p.waitText(total, "12,000.00 元")
	p.fill(labelled(line(1), usersLabel), "5")
	p.waitText(total, "15,000.00 元")
}
