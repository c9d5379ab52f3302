package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"qidian-calculator/internal/localserver"
)

// fixtureWeb is a copy of web/ whose app.wasm is built with the
// pricefixture tag: the shipped list, then the test fixture (online chat
// Basic at 1,099 from 2027-01-01). The page ships without it.
func fixtureWeb(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "web")
	if err := os.CopyFS(dir, os.DirFS(filepath.Join(repoRoot, "web"))); err != nil {
		t.Fatal(err)
	}
	old, _ := filepath.Glob(filepath.Join(dir, "app.wasm*")) // the shipped build and its compressed copies
	for _, f := range old {
		os.Remove(f)
	}
	build := exec.Command("go", "build", "-tags", "pricefixture", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(dir, "app.wasm"), ".")
	build.Dir = repoRoot
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build app.wasm with the fixture lists: %v\n%s", err, out)
	}
	return dir
}

// setClock runs in each document before its scripts: Date, which Go's clock
// in the browser and the page's calendar read, starts at the time kept in
// sessionStorage (the tab's, so it survives a reload), when one is kept.
const setClock = `(() => {
  const Real = Date;
  let offset = 0;
  let kept = 0;
  try { kept = Number(sessionStorage.getItem('e2eClock') || 0); } catch (e) { return; } // about:blank has none
  if (kept) offset = kept - Real.now();
  class Clock extends Real {
    constructor(...args) { if (args.length === 0) super(Real.now() + offset); else super(...args); }
    static now() { return Real.now() + offset; }
  }
  window.Date = Clock;
  window.e2eSetClock = ms => { sessionStorage.setItem('e2eClock', String(ms)); offset = ms - Real.now(); };
})()`

// R19: a list published ahead is announced before its day, with the
// estimate's lines it changes; on the day the page switches by itself, with
// no server; a quote dated before the change keeps its prices while valid,
// and after its validity shows today's amount with the quote date's beside.
func TestScheduledPriceChange(t *testing.T) {
	t.Parallel()
	web := fixtureWeb(t)
	srv, err := localserver.Start(filepath.Join(repoRoot, "bin/qidian-calculator"), repoRoot, web, startTimeout)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Stop)
	cached := workerResources(t, srv.URL)

	p := newPageOn(t, srv.URL)
	p.runInEachDocument("set the page's clock", setClock)
	p.open("/")
	p.waitReady()
	eval[bool](p, `e2eSetClock(Date.UTC(2026, 11, 20, 4)), true`) // 2026-12-20, noon in Beijing
	p.leave()
	p.open("/#v=1&l=chat-basic,new,5,2")
	p.waitText(total, "9,990.00 元")
	change := css("", "#price-change")
	p.waitText(css("", "#price-change-heading"), "价格将于 2027-01-01 调整（价目表 2027-01）")
	for _, want := range []string{"第 1 项 在线客服 基础版：9,990.00 元 → 10,990.00 元", "本估算的报价有效至 2027-01-19，在此之前仍按现价。"} {
		if got := p.textOf(change); !strings.Contains(got, want) {
			t.Errorf("the announcement %q lacks %q", got, want)
		}
	}
	if got := p.textOf(css("", ".edition-price")); !strings.Contains(got, "999") || strings.Contains(got, "1,099") {
		t.Errorf("before the day the card shows %q", got)
	}
	p.screenshot("price-change-announced")
	p.step("phone", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile))
	p.chooseLanguage("English")
	p.waitText(css("", "#price-change-heading"), "Prices change on 2027-01-01 (price list 2027-01)")
	if got := p.textOf(change); !strings.Contains(got, "Line 1, Online chat Basic: ¥9,990.00 → ¥10,990.00") {
		t.Errorf("the announcement in English: %q", got)
	}
	p.screenshotView("price-change-announced-en-360")
	p.chooseLanguage("简体中文")
	p.step("desktop", chromedp.EmulateViewport(1280, 800))

	// Announced once: closed, it stays closed on this device.
	p.click(button(change, "知道了"))
	p.waitGone(change)
	p.reload()
	p.waitText(total, "9,990.00 元")
	if n := p.count("#price-change"); n != 0 {
		t.Error("the closed announcement came back after a reload")
	}

	// The service worker holds the app: the server goes, the day comes.
	waitCached(p, cached)
	srv.Stop()
	eval[bool](p, `e2eSetClock(Date.UTC(2027, 0, 2, 4)), document.dispatchEvent(new Event('visibilitychange')), true`)
	p.waitText(css("", ".edition-price"), "1,099元/用户/年")
	p.waitText(total, "9,990.00 元") // quoted 2026-12-20: valid until 2027-01-19
	if got := p.textOf(css("", "#list-note")); !strings.Contains(got, "按报价日期 2026-12-20 的价目表 2026-11 计价") {
		t.Errorf("the honoured quote says %q", got)
	}

	// A new estimate that day is priced by the new list.
	p.leave()
	p.open("/#v=1&l=chat-basic,new,3,1")
	p.waitText(total, "3,297.00 元")

	// After the first quote's validity, reopened offline: today's amount,
	// the quote date's beside it.
	eval[bool](p, `e2eSetClock(Date.UTC(2027, 0, 25, 4)), true`)
	p.leave()
	p.open("/#v=1&d=2026-12-20&l=chat-basic,new,5,2")
	p.waitText(total, "10,990.00 元")
	p.waitText(css(line(1), ".line-price-note"), "报价日期时 9,990.00 元")
	if got := p.textOf(css("", "#list-note")); !strings.Contains(got, "报价已于 2027-01-19 过期") {
		t.Errorf("the expired quote says %q", got)
	}
	p.screenshot("price-change-expired-quote")

	// Quoted again as of today: today's list, a new validity, nothing
	// beside; 撤销 gives the quote date back, and the old amount beside.
	p.click(button(css("", "#list-note"), "以今天为报价日期重新计价"))
	p.waitGone(css(line(1), ".line-price-note"))
	p.click(undoButton)
	p.waitText(css(line(1), ".line-price-note"), "报价日期时 9,990.00 元")
	p.waitText(css("", "#quote-dated"), "报价日期 2026-12-20，有效至 2027-01-19")
	p.click(button(css("", "#list-note"), "以今天为报价日期重新计价"))
	p.waitGone(css("", "#list-note"))
	p.waitGone(css(line(1), ".line-price-note"))
	p.waitText(total, "10,990.00 元")
	p.waitFor("the link to carry today as the quote date", `location.hash.includes('d=2027-01-25')`, `location.hash`)
	p.waitText(css("", "#quote-dated"), "报价日期 2027-01-25，有效至 2027-02-24")
}

// waitCached waits until the service worker controls the page and holds
// every file it caches. go-app's worker caches in an install handler that
// does not wait (no event.waitUntil), so "active" and "controlling" do not
// yet mean "cached": each file is looked for as well.
func waitCached(p *page, urls []string) {
	list, _ := json.Marshal(urls)
	p.waitFor("the service worker to control the page and cache the app", `(() => {
		if (!window.__e2eCached) {
			window.__e2eCached = {ready: false};
			const urls = `+string(list)+`;
			const tick = async () => {
				await navigator.serviceWorker.ready;
				const hits = await Promise.all(urls.map(u => caches.match(u)));
				if (navigator.serviceWorker.controller && hits.every(Boolean)) window.__e2eCached.ready = true;
				else setTimeout(tick, 50);
			};
			tick();
		}
		return window.__e2eCached.ready;
	})()`, `({controller: !!navigator.serviceWorker.controller})`)
}
