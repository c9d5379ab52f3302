package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// A pricing page embeds the calculator (issue 17): the server lets the
// origins given with -embed-origins frame it and no others; the page tells
// its parent its height and estimate, and opens what the parent sends,
// ignoring every other origin; and it keeps working offline in the frame.
func TestEmbed(t *testing.T) {
	t.Parallel()
	srv, allowed, other := startEmbedding(t, "https://www.example.com")

	p := newPageOn(t, allowed.URL)
	p.openHost("#embed=1&lang=en&v=1&l=chat-basic,new,5,2")

	// The frame is sized to its content from the first height message on.
	first := p.waitMessage("a height", `m.type === 'qidian-calculator:height' && m.height > 0`)
	news := p.waitMessage("the linked estimate", `m.type === 'qidian-calculator:estimate' && m.total === '9990.00'`)
	wantNews(t, news, "9990.00", "¥9,990.00", srv.url+"/#v=1&", "l=chat-basic,new,5,2")

	f := p.calcFrame(srv.url)
	f.waitFor("embed mode: no masthead, no language switch, the full page one link away",
		`!visible(document.querySelector('.masthead')) && !visible(document.querySelector('.lang-switch')) &&
		document.documentElement.lang === 'en' && visible(document.getElementById('embed-open-full'))`,
		`document.documentElement.outerHTML.slice(0, 400)`)
	full := f.eval(`(() => { const a = document.getElementById('embed-open-full');
		return {text: text(a), href: a.href, target: a.target, rel: a.rel}; })()`)
	if full["text"] != "Open in a new window" || full["target"] != "_blank" || full["rel"] != "noopener" ||
		!strings.HasPrefix(full["href"], srv.url+"/#v=1&") || strings.Contains(full["href"], "embed") {
		t.Errorf("the link to the full page is %v; want “Open in a new window” to %s/#v=1&… in a new window, without embed mode", full, srv.url)
	}
	f.waitText(total, "¥9,990.00")

	// A line added: the page grows, and says so.
	f.click(button(document, "＋ Add to estimate"))
	f.waitCount("section.line", 2)
	grown := p.waitMessage("a taller height", fmt.Sprintf(`m.type === 'qidian-calculator:height' && m.height > %v`, first["height"]))
	p.waitMessage("the estimate with the line added", `m.type === 'qidian-calculator:estimate' && m.total === '12987.00'`)
	p.waitFor("the frame to take the new height", fmt.Sprintf(`document.getElementById('calc').clientHeight === %v`, grown["height"]),
		`document.getElementById('calc').clientHeight`)
	if overflow := eval[int](f.page, `document.documentElement.scrollHeight - innerHeight`); overflow > 0 {
		t.Errorf("at the height it asked for, the frame still scrolls by %d px", overflow)
	}

	// An edit: the estimate message carries the new total and its link.
	f.fill(labelled(line(1), "Users"), "6")
	news = p.waitMessage("the edited estimate", `m.type === 'qidian-calculator:estimate' && m.total === '14985.00'`)
	wantNews(t, news, "14985.00", "¥14,985.00", srv.url+"/#v=1&", "l=chat-basic,new,6,2&l=chat-basic,new,3,1")

	// A page of another origin inside the host sends an open request: ignored.
	// The allowed parent's request, sent after it, is the next estimate.
	p.step("add a frame of another origin", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => {
		const f = document.createElement('iframe'); f.src = %s; document.body.append(f); })()`, jsString(other.URL+"/meddler"))))
	p.waitFor("the other origin's message to be sent", `window.meddled === true`, `window.meddled`)
	p.tell(`{type: 'qidian-calculator:open', link: ` + jsString(srv.url+"/#v=1&t=1,6&l=chat-basic,add,3") + `}`)
	p.waitMessage("the estimate the parent opened", `m.type === 'qidian-calculator:estimate' && m.total === '4795.20'`)
	if seen := eval[int](p, `got.filter(m => m.type === 'qidian-calculator:estimate' && m.total === '20979.00').length`); seen != 0 {
		t.Errorf("the calculator opened what another origin sent")
	}
	f.waitText(total, "¥4,795.20")

	// Messages of every other shape change nothing; estimate JSON opens as
	// a file does, beside the estimates opened before.
	p.tell(`null`)
	p.tell(`'qidian-calculator:open'`)
	p.tell(`{type: 5, link: {}}`)
	p.tell(`{type: 'qidian-calculator:open', link: 42, estimate: [1n]}`)
	p.tell(`{type: 'qidian-calculator:open', estimate: {format: 1, lines: [{item: 'chat-basic', mode: 'new', quantity: '4', years: '1'}]}}`)
	p.waitMessage("the estimate the parent sent as JSON", `m.type === 'qidian-calculator:estimate' && m.total === '3996.00'`)
	f.waitText(total, "¥3,996.00")
	f.waitFor("the notice that the hosting page sent it, as a new estimate", `/^Opened the estimate sent by the hosting page as a new estimate/.test(text(document.getElementById('notice-text')))`,
		`text(document.getElementById('notice'))`)
	p.tell(`{type: 'qidian-calculator:open', link: '#nonsense'}`)
	f.waitShown(el(`document.getElementById('link-problem')`))
	f.waitText(total, "¥3,996.00")

	// The page rewrites its address with embed mode kept: reloaded, the
	// frame stays embedded on the same estimate, and tells its parent again.
	f.waitFor("the frame's address to be rewritten", `location.hash.startsWith('#embed=1&v=1&c=')`, `location.hash`)
	f.step("reload the frame", chromedp.Evaluate[chromedp.Void](`location.reload()`, f.world...))
	p.waitFor("the reloaded frame's estimate", `got.filter(m => m.type === 'qidian-calculator:estimate' && m.total === '3996.00').length === 2`, `got.slice(-3)`)
	f = p.calcFrame(srv.url)
	f.waitFor("embed mode after the reload", `!visible(document.querySelector('.masthead')) && visible(document.getElementById('embed-open-full'))`, `location.href`)
	f.waitText(total, "¥3,996.00")

	// Offline: the worker, installed through the frame, serves it.
	f.waitWorker(workerResources(t, srv.url))
	srv.stop()
	p.openHost("#embed=1&lang=en&v=1&l=chat-basic,new,5,2")
	p.waitMessage("the linked estimate, offline", `m.type === 'qidian-calculator:estimate' && m.total === '9990.00'`)
	f = p.calcFrame(srv.url)
	f.fill(labelled(line(1), "Users"), "4")
	p.waitMessage("the edited estimate, offline", `m.type === 'qidian-calculator:estimate' && m.total === '7992.00'`)
	p.screenshot("embed-offline")
}

// Embedded, the total is in view while a line is edited, on a laptop and a
// phone (issue 30): the frame is as tall as its content, so a bar fixed to
// its bottom, or a column sticky in it, is far out of the host's window.
// The host shows the total the page tells it, and the page shows it right
// under its lines.
func TestEmbedTotalInViewWhileEditing(t *testing.T) {
	t.Parallel()
	srv, allowed, _ := startEmbedding(t)
	p := newPageOn(t, allowed.URL)
	type language struct{ name, lang, users, before, after, total string }
	for _, v := range viewports {
		for _, l := range []language{
			{"zh", "zh", usersLabel, "合计 9,990.00 元", "合计 11,988.00 元", "11,988.00 元"},
			{"en", "en", "Users", "Total ¥9,990.00", "Total ¥11,988.00", "¥11,988.00"},
		} {
			p.sizeAs(v)
			p.openHost("#embed=1&lang=" + l.lang + "&v=1&l=chat-basic,new,5,2")
			p.waitMessage("the linked estimate", `m.type === 'qidian-calculator:estimate' && m.total === '9990.00'`)
			f := p.calcFrame(srv.url)
			f.waitText(el(`document.getElementById('embed-total')`), l.before)
			users := labelled(line(1), l.users)
			f.fill(users, "6")
			f.waitFor("the field still edited", `document.activeElement === `+string(users), `document.activeElement && document.activeElement.id`)
			p.waitText(el(`document.getElementById('total')`), l.total)
			f.waitText(el(`document.getElementById('embed-total')`), l.after)
			where := eval[map[string]float64](f.page, `(() => { const r = document.getElementById('embed-total').getBoundingClientRect();
			return {top: r.top, bottom: r.bottom, height: r.height}; })()`)
			inView := eval[map[string]any](p, fmt.Sprintf(`(() => {
			const f = document.getElementById('calc').getBoundingClientRect(), bar = document.getElementById('host-total').getBoundingClientRect();
			const top = f.top + %v, bottom = f.top + %v;
			return {host: bar.top >= 0 && bar.bottom <= innerHeight, frame: %v > 0 && top >= bar.bottom && bottom <= innerHeight,
				at: [top, bottom], bar: [bar.top, bar.bottom], innerHeight};
		})()`, where["top"], where["bottom"], where["height"]))
			if inView["host"] != true {
				t.Errorf("%s %s: the host's total is out of its window while line 1 is edited: %v", v.name, l.name, inView)
			}
			if inView["frame"] != true {
				t.Errorf("%s %s: the frame's total is out of the host's window while line 1 is edited: %v", v.name, l.name, inView)
			}
			p.screenshotView("embed-editing-" + v.name + "-" + l.name)
			p.screenshot("embed-host-" + v.name + "-" + l.name)
		}
	}
}

// The example host page (make run EMBED_DEMO=…, internal/site/demo) keeps
// the total in view the same way, in its bar above the frame.
func TestEmbedDemoKeepsTheTotalInView(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	demo := ln.Addr().String()
	ln.Close() // the server binds it again
	srv, err := startServer("-embed-origins", "http://"+demo, "-embed-demo", demo)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.stop)
	for _, v := range viewports {
		p := newPageOn(t, "http://"+demo) // a visitor of their own: a new, empty estimate
		p.sizeAs(v)
		p.step("open the demo", chromedp.Navigate(p.base+"/"))
		f := p.calcFrame(srv.url)
		// The demo's form sends the calculator a share link to open.
		p.step("open a link from the demo", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => {
			document.getElementById('open-link').value = %s; document.getElementById('open').requestSubmit(); })()`,
			jsString(srv.url+"/#v=1&l=chat-basic,new,5,2"))))
		p.waitText(el(`document.getElementById('total')`), "9,990.00 元")
		f.fill(labelled(line(1), usersLabel), "6")
		p.waitText(el(`document.getElementById('total')`), "11,988.00 元")
		f.waitText(el(`document.getElementById('embed-total')`), "合计 11,988.00 元")
		if !eval[bool](p, `(() => { const r = document.getElementById('calc-total').getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; })()`) {
			t.Errorf("%s: the demo's total is out of its window while line 1 is edited", v.name)
		}
		p.screenshotView("embed-demo-editing-" + v.name)
	}
}

// Another origin's page cannot frame the calculator: the browser refuses it
// by the frame-ancestors the server sends.
func TestEmbedRefusedForAnotherOrigin(t *testing.T) {
	t.Parallel()
	srv, _, other := startEmbedding(t)

	p := newPageOn(t, other.URL)
	p.openHost("#embed=1&lang=en")
	p.waitFor("the frame to load", `window.frameLoads > 0`, `window.frameLoads`)
	frames := p.childFrames()
	if len(frames) != 1 || frames[0].UnreachableURL == "" || strings.HasPrefix(frames[0].URL, srv.url) {
		t.Errorf("frames %+v; want one, the browser's error page for %s", frames, srv.url)
	}
	if !p.takeProblem("frame-ancestors") {
		t.Errorf("the browser reported no frame-ancestors violation")
	}
	if n := eval[int](p, `got.length`); n != 0 {
		t.Errorf("the refused frame posted %d messages", n)
	}
}

// startEmbedding starts two pricing sites on two ports of 127.0.0.1, two
// origins, and a calculator that the first, and the extra origins, may embed.
func startEmbedding(t *testing.T, extra ...string) (srv *server, allowed, other *embedHost) {
	t.Helper()
	allowed, other = newEmbedHost(t), newEmbedHost(t)
	srv, err := startServer("-embed-origins", strings.Join(append(extra, allowed.origin), " "))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.stop)
	allowed.start(srv.url)
	other.start(srv.url)
	return srv, allowed, other
}

// embedHost is a pricing site at an origin of its own: "/" embeds the
// calculator with the fragment given in ?frag=, "/meddler" sends it an
// open request from this origin.
type embedHost struct {
	*httptest.Server
	origin string // http://127.0.0.1:PORT
	calc   string // the calculator's origin
}

// newEmbedHost binds the site's port, so its origin can go into the
// calculator's flags before either serves.
func newEmbedHost(t *testing.T) *embedHost {
	h := &embedHost{}
	h.Server = httptest.NewUnstartedServer(http.HandlerFunc(h.serve))
	h.origin = "http://" + h.Listener.Addr().String()
	t.Cleanup(h.Close)
	return h
}

func (h *embedHost) start(calc string) {
	h.calc = calc
	h.Start()
}

func (h *embedHost) serve(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	switch r.URL.Path {
	case "/":
		_ = hostPage.Execute(w, map[string]string{"Calc": h.calc, "Src": h.calc + "/" + r.URL.Query().Get("frag")})
	case "/meddler":
		_ = meddlerPage.Execute(w, nil)
	default:
		http.NotFound(w, r)
	}
}

// hostPage follows the README's example: it sizes the frame to the height
// the calculator tells, shows the total it tells in a bar that stays at the
// top of the window, and keeps every message the calculator sends.
var hostPage = template.Must(template.New("host").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pricing</title><link rel="icon" href="data:,"></head>
<body>
<h1>Pricing</h1>
<p id="host-total" style="position: sticky; top: 0; z-index: 1; margin: 0; padding: 8px 0; background: #fff">Total: <strong id="total">–</strong></p>
<iframe id="calc" title="Price calculator" src="{{.Src}}" style="display: block; width: 100%; height: 300px; border: 0"></iframe>
<script>
const calc = document.getElementById('calc'), calcOrigin = {{.Calc}};
window.got = [];
window.frameLoads = 0;
calc.addEventListener('load', () => { frameLoads++; });
addEventListener('message', e => {
	if (e.data === 'meddled') { window.meddled = true; return; }
	if (e.origin !== calcOrigin || e.source !== calc.contentWindow) return;
	got.push(e.data);
	if (e.data.type === 'qidian-calculator:height') calc.style.height = e.data.height + 'px';
	if (e.data.type === 'qidian-calculator:estimate') document.getElementById('total').textContent = e.data.totalText ?? '—';
});
window.tell = m => calc.contentWindow.postMessage(m, calcOrigin);
</script>
</body></html>`))

// meddlerPage, framed by the host, sends the calculator (the host's first
// frame) an open request from its own origin, then tells the host it did.
var meddlerPage = template.Must(template.New("meddler").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Other</title><link rel="icon" href="data:,"></head><body>
<script>
parent[0].postMessage({type: 'qidian-calculator:open', link: '#v=1&l=chat-basic,new,7,3'}, '*');
parent.postMessage('meddled', '*');
</script>
</body></html>`))

// openHost opens the host's page with the calculator's address fragment.
func (p *page) openHost(fragment string) {
	p.t.Helper()
	p.step("open the host page", chromedp.Navigate(p.base+"/?frag="+url.QueryEscape(fragment)))
}

// tell sends the calculator a message from the host page; m is JavaScript.
func (p *page) tell(m string) {
	p.t.Helper()
	p.step("tell "+m, chromedp.Evaluate[chromedp.Void](`tell(`+m+`)`))
}

// waitMessage waits for a message from the calculator for which cond (on m)
// holds, and returns the last such message's fields as text.
func (p *page) waitMessage(what, cond string) map[string]any {
	p.t.Helper()
	match := `got.filter(m => m && (` + cond + `))`
	p.waitFor(what, match+`.length > 0`, `got`)
	return eval[map[string]any](p, match+`.pop()`)
}

func wantNews(t *testing.T, m map[string]any, total, totalText, linkPrefix, linkPart string) {
	t.Helper()
	link, _ := m["link"].(string)
	if m["total"] != total || m["totalText"] != totalText || m["complete"] != true || m["onRequest"] != false ||
		!strings.HasPrefix(link, linkPrefix) || !strings.Contains(link, linkPart) || strings.Contains(link, "embed") {
		t.Errorf("estimate message %v; want total %s (%s), complete, not on request, a link %s… with %s and without embed mode",
			m, total, totalText, linkPrefix, linkPart)
	}
}

// childFrames are the frames the host page holds.
func (p *page) childFrames() []*cdp.Frame {
	p.t.Helper()
	var frames []*cdp.Frame
	p.step("read the frames", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		tree, err := cdp.Call(ctx, t, cdppage.GetFrameTree, cdp.Empty{})
		if err != nil {
			return err
		}
		for _, c := range tree.FrameTree.ChildFrames {
			frames = append(frames, c.Frame)
		}
		return nil
	}))
	return frames
}

// takeProblem removes the page's problems that mention s (one expected),
// and tells whether there was one. The browser reports a refused frame
// shortly after its load event, so it is waited for.
func (p *page) takeProblem(s string) bool {
	p.t.Helper()
	for deadline := time.Now().Add(stepTimeout); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		p.mu.Lock()
		kept := p.problems[:0]
		for _, m := range p.problems {
			if !strings.Contains(m, s) {
				kept = append(kept, m)
			}
		}
		found := len(kept) < len(p.problems)
		p.problems = kept
		p.mu.Unlock()
		if found {
			return true
		}
	}
	return false
}

// calcFrame is the calculator inside the host page, read and driven in a
// script world of its own in the frame; the mouse and keyboard reach it
// through the host's tab, as a visitor's do.
type calcFrame struct {
	*page
	host *page
}

// calcFrame finds the frame showing the calculator at calcURL, once its app runs.
func (p *page) calcFrame(calcURL string) *calcFrame {
	p.t.Helper()
	var world runtime.ExecutionContextID
	p.step("enter the calculator's frame", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		tree, err := cdp.Call(ctx, t, cdppage.GetFrameTree, cdp.Empty{})
		if err != nil {
			return err
		}
		var seen []string
		for _, c := range tree.FrameTree.ChildFrames {
			seen = append(seen, c.Frame.URL)
			if strings.HasPrefix(c.Frame.URL, calcURL+"/") {
				w, err := cdp.Call(ctx, t, cdppage.CreateIsolatedWorld, cdppage.CreateIsolatedWorldParams{FrameID: c.Frame.ID, WorldName: "e2e"})
				world = w.ExecutionContextID
				return err
			}
		}
		return fmt.Errorf("no frame of %s among %q", calcURL, seen)
	}))
	f := &calcFrame{host: p, page: &page{t: p.t, ctx: p.ctx, base: calcURL,
		world: []chromedp.EvaluateOption{func(e *runtime.EvaluateParams) { e.ContextID = world }}}}
	f.waitReady()
	return f
}

// eval reads an object of strings from the frame.
func (f *calcFrame) eval(expr string) map[string]string {
	f.t.Helper()
	return eval[map[string]string](f.page, expr)
}

// click clicks the middle of e with the mouse: e scrolled into the host's
// view, its place in the frame offset by the frame's place in the host.
func (f *calcFrame) click(e el) {
	f.t.Helper()
	f.settle()
	at := eval[[2]float64](f.page, `(() => { const r = (`+string(e)+`).getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`)
	frame := eval[[2]float64](f.host, fmt.Sprintf(`(() => {
		const f = document.getElementById('calc');
		scrollTo(0, f.getBoundingClientRect().top + scrollY + %v - innerHeight / 2);
		const r = f.getBoundingClientRect();
		return [r.left + f.clientLeft, r.top + f.clientTop]; })()`, at[1]))
	f.host.step("click "+string(e), chromedp.MouseClickXY(frame[0]+at[0], frame[1]+at[1]))
}

// fill replaces the text of a field: a click into it, select all, then typing.
func (f *calcFrame) fill(e el, text string) {
	f.t.Helper()
	f.click(e)
	f.waitFor(string(e)+" to have the focus", `document.activeElement === `+string(e), `document.activeElement && document.activeElement.outerHTML`)
	f.host.step("select all in "+string(e),
		chromedp.KeyEvent("a", chromedp.KeyModifiers(chromedp.ModifierCtrl)),
		chromedp.KeyEvent(kb.Backspace),
		chromedp.KeyEvent(text))
	f.waitValue(e, text)
}

// waitWorker waits until the service worker controls the frame and has
// cached every file it lists (offline_test.go says why both).
func (f *calcFrame) waitWorker(cached []string) {
	f.t.Helper()
	list, _ := json.Marshal(cached)
	f.waitFor("the service worker to control the frame and cache the app", `(() => {
		if (!window.__e2eOffline) {
			window.__e2eOffline = {ready: false};
			const tick = async () => {
				const hits = await Promise.all(`+string(list)+`.map(u => caches.match(u)));
				if (navigator.serviceWorker.controller && hits.every(Boolean)) window.__e2eOffline.ready = true;
				else setTimeout(tick, 50);
			};
			tick();
		}
		return window.__e2eOffline.ready;
	})()`, `({controller: !!navigator.serviceWorker.controller})`)
}
