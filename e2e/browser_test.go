// Package e2e drives the real calculator in headless Chromium: the server
// binary serves the page, the page computes in WebAssembly, and the tests use
// it the way a person does, by labels, headings and button text.
//
// Run `make build` first; `go test ./e2e/` then starts bin/qidian-calculator
// on a free loopback port and one shared browser. Each test gets its own tab
// in a fresh browser context (its own storage and service worker), and fails
// on any console error, uncaught exception or browser error in its page.
package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"qidian-calculator/internal/chrome"
	"qidian-calculator/internal/localserver"
)

// Bounds on waiting, not expectations of speed: a step that takes longer
// than this has hung.
const (
	stepTimeout  = 30 * time.Second
	startTimeout = 60 * time.Second
)

var (
	repoRoot string          // the module root, the server's working directory
	baseURL  string          // the shared server, e.g. http://127.0.0.1:40123
	browser  context.Context // the shared browser; tests open tabs from it
)

func TestMain(m *testing.M) { os.Exit(run(m)) }

func run(m *testing.M) int {
	root, err := filepath.Abs("..")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	repoRoot = root
	for _, f := range []string{"bin/qidian-calculator", "web/app.wasm"} {
		if _, err := os.Stat(filepath.Join(root, f)); err != nil {
			fmt.Fprintf(os.Stderr, "e2e: %s is missing: run make build first\n", f)
			return 1
		}
	}
	srv, err := startServer()
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer srv.stop()
	baseURL = srv.url

	ctx, stop, err := startBrowser()
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer stop()
	browser = ctx
	return m.Run()
}

// server is the real binary, run by localserver from the module root.
type server struct {
	*localserver.Server
	url string // no trailing slash
}

// startServer starts the binary with flags beyond the address and web directory.
func startServer(flags ...string) (*server, error) {
	ls, err := localserver.Start(filepath.Join(repoRoot, "bin/qidian-calculator"), repoRoot, "web", startTimeout, flags...)
	if err != nil {
		return nil, err
	}
	return &server{Server: ls, url: ls.URL}, nil
}

func (s *server) stop() { s.Stop() }

// startBrowser starts one headless Chromium for the whole run, with a fresh
// profile directory.
func startBrowser() (context.Context, func(), error) {
	// Date inputs take their field order from the browser's locale; the
	// page its language from the accepted ones, Chinese (internal/chrome).
	b, err := chrome.Start(context.Background(), chrome.Options{Args: []string{"lang=en-US"}})
	if err != nil {
		return nil, nil, err
	}
	return b.Tab, b.Stop, nil
}

// page is one tab in its own browser context, so storage, caches and
// service workers of one test never leak into another.
type page struct {
	t    *testing.T
	ctx  context.Context
	base string
	// world is where scripts run: nil for the tab's page, or a frame's
	// world (embed_test.go), the same helpers then reading the frame.
	world []chromedp.EvaluateOption

	mu       sync.Mutex
	problems []string // console errors, uncaught exceptions, browser errors
}

// newPage opens a tab on the shared server.
func newPage(t *testing.T) *page { return newPageOn(t, baseURL) }

// newPageOn opens a tab in a fresh browser context for the site at base.
func newPageOn(t *testing.T, base string) *page {
	t.Helper()
	return openTab(t, browser, base, chromedp.WithNewBrowserContext())
}

// newTab opens a second tab beside p, in its browser context: the same
// storage, caches and service worker, as a visitor's other tab.
func (p *page) newTab() *page {
	p.t.Helper()
	return openTab(p.t, p.ctx, p.base)
}

func openTab(t *testing.T, parent context.Context, base string, opts ...chromedp.ContextOption) *page {
	t.Helper()
	p := &page{t: t, base: base}
	ctx, cancel := chromedp.NewContext(parent, append(opts, chromedp.WithListener(p.listen))...)
	p.ctx = ctx
	t.Cleanup(func() {
		if t.Failed() {
			p.screenshot(sanitize(t.Name()) + "-failed")
		}
		p.mu.Lock()
		for _, msg := range p.problems {
			t.Errorf("page: %s", msg)
		}
		p.mu.Unlock()
		cancel()
	})
	// The first Do opens the tab; it gets no timeout, or the tab would
	// close when the timeout's context ends.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("open tab: %v", err)
	}
	return p
}

// listen records console.error calls, uncaught exceptions and the browser's
// error entries about the page.
// It runs in the tab's event loop, so it only appends.
func (p *page) listen(ev any) {
	var msg string
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type != runtime.ConsoleAPICalledTypeError && ev.Type != runtime.ConsoleAPICalledTypeAssert {
			return
		}
		var parts []string
		for _, a := range ev.Args {
			if len(a.Value) > 0 {
				parts = append(parts, string(a.Value))
			} else {
				parts = append(parts, a.Description)
			}
		}
		msg = "console." + string(ev.Type) + ": " + strings.Join(parts, " ")
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg = "uncaught exception: " + d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			msg += " " + d.Exception.Description
		}
	case *cdplog.EventEntryAdded:
		// The browser's own errors about the page: a refused load, a
		// Content-Security-Policy violation, a failed request.
		if ev.Entry.Level != cdplog.EntryLevelError {
			return
		}
		msg = "browser " + string(ev.Entry.Source) + " error: " + ev.Entry.Text
		if ev.Entry.URL != "" {
			msg += " (" + ev.Entry.URL + ")"
		}
	default:
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.problems = append(p.problems, msg)
}

// step runs actions with a bound on how long they may hang.
func (p *page) step(what string, actions ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		p.t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression (awaiting a promise) and decodes its value.
func eval[T any](p *page, expr string) T {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](withHelpers(expr), append(p.world, chromedp.EvalAwaitPromise)...))
	if err != nil {
		p.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// open loads the page at path (e.g. "/" or "/#v=1&...") and waits until the
// WebAssembly app has taken over from the prerendered HTML.
func (p *page) open(path string) {
	p.t.Helper()
	p.step("open "+path, chromedp.Navigate(p.base+path))
	p.waitReady()
}

// reload reloads the page as a visitor does (F5).
func (p *page) reload() {
	p.t.Helper()
	p.step("reload", chromedp.Reload())
	p.waitReady()
}

// waitReady waits for the app: go-app removes its loader right after
// app.wasm's main has mounted the page, the visitor's estimate in it, and
// called OnNav. What OnNav changed is drawn on go-app's next frame, so
// tests read the page with waits.
func (p *page) waitReady() {
	p.t.Helper()
	// #opening stands in for the estimate until the app has read the
	// visitor's (in the server's page).
	p.waitFor("the app to start",
		`!document.getElementById('app-wasm-loader') && document.querySelector('main') && !document.getElementById('opening')`,
		`text(document.getElementById('app-wasm-loader'))`)
}

// waitFor waits until the JavaScript expression cond is true, checking again
// on every change to the page. show is an expression whose value is
// reported if it never becomes true.
func (p *page) waitFor(what, cond, show string) {
	p.t.Helper()
	js := `new Promise(resolve => {
		const check = () => { try { return !!(` + cond + `); } catch (e) { return false; } };
		if (check()) { resolve(true); return; }
		const done = () => { if (!check()) return; obs.disconnect(); clearInterval(tick); resolve(true); };
		const obs = new MutationObserver(done);
		obs.observe(document, {subtree: true, childList: true, characterData: true, attributes: true});
		const tick = setInterval(done, 50); // for changes no mutation shows: values, storage, workers
	})`
	ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](withHelpers(js), append(p.world, chromedp.EvalAwaitPromise)...)); err != nil {
		got := "?"
		if show != "" {
			sctx, scancel := context.WithTimeout(p.ctx, stepTimeout)
			defer scancel()
			if v, err := chromedp.Run(sctx, chromedp.Evaluate[any](withHelpers(show), p.world...)); err == nil {
				var b strings.Builder
				enc := json.NewEncoder(&b)
				enc.SetEscapeHTML(false)
				_ = enc.Encode(v)
				got = strings.TrimSpace(b.String())
			}
		}
		p.t.Fatalf("waiting for %s: %v; page shows %s", what, err, got)
	}
}

// screenshot writes the full page to testout/NAME.png at the repo root.
func (p *page) screenshot(name string) {
	p.t.Helper()
	p.capture(name, chromedp.FullScreenshot(100))
}

// screenshotView writes what the window shows, as the visitor sees it
// scrolled, to testout/NAME.png.
func (p *page) screenshotView(name string) {
	p.t.Helper()
	p.capture(name, chromedp.CaptureScreenshot())
}

func (p *page) capture(name string, shot chromedp.Action[[]byte]) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
	defer cancel()
	buf, err := chromedp.Run(ctx, shot)
	if err != nil {
		p.t.Logf("screenshot %s: %v", name, err)
		return
	}
	dir := filepath.Join(repoRoot, "testout")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		p.t.Logf("screenshot %s: %v", name, err)
		return
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644); err != nil {
		p.t.Logf("screenshot %s: %v", name, err)
	}
}

func sanitize(name string) string {
	return strings.Map(func(r rune) rune {
		if r == '/' || r == ' ' || r == ':' {
			return '_'
		}
		return r
	}, name)
}

// ---------------------------------------------------------------------------
// Finding things as a person does. An el is a JavaScript expression that
// yields one element (or null), built from the helpers below.

type el string

// helpers find elements by what is on screen: label text, button text,
// headings. norm collapses whitespace as a reader does.
const helpers = `
const norm = s => (s || '').replace(/\s+/g, ' ').trim();
const text = e => e ? norm(e.textContent) : null;
const visible = e => !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
const within = s => s || document;
const card = n => document.querySelectorAll('section.line')[n - 1] || null;
const byLabel = (scope, t) => {
	for (const l of within(scope).querySelectorAll('label')) {
		if (norm(l.textContent) === t && visible(l)) return l.control || null;
	}
	return null;
};
const labelFor = (scope, t) => [...within(scope).querySelectorAll('label')].find(l => norm(l.textContent) === t && visible(l)) || null;
const byButton = (scope, t) => [...within(scope).querySelectorAll('button')].find(b => norm(b.textContent) === t && visible(b)) || null;
const byHeading = t => [...document.querySelectorAll('h1,h2,h3,h4')].find(h => norm(h.textContent) === t) || null;
const region = t => { const h = byHeading(t); return h ? h.closest('section') : null; };
const langControl = t => byButton(document, t) || byLabel(document, t);
const langChosen = t => { const c = langControl(t); return !!c && (c.type === 'radio' ? c.checked : c.getAttribute('aria-pressed') === 'true'); };
const errorOf = c => c && c.getAttribute('aria-describedby') ? document.getElementById(c.getAttribute('aria-describedby')) : null;
`

func withHelpers(expr string) string {
	return "(() => {" + helpers + "\nreturn (" + expr + ");\n})()"
}

// jsString quotes s for JavaScript.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

var document el = "document"

// line is the n-th line card (1-based), in the order shown.
func line(n int) el { return el(fmt.Sprintf("card(%d)", n)) }

// labelled is the control whose visible label in scope reads text exactly.
func labelled(scope el, text string) el {
	return el(fmt.Sprintf("byLabel(%s, %s)", scope, jsString(text)))
}

// labelEl is the label itself (to click a radio or checkbox by its text).
func labelEl(scope el, text string) el {
	return el(fmt.Sprintf("labelFor(%s, %s)", scope, jsString(text)))
}

// button is the button in scope whose text reads text exactly.
func button(scope el, text string) el {
	return el(fmt.Sprintf("byButton(%s, %s)", scope, jsString(text)))
}

// tab is the tab in scope whose text reads text exactly.
func tab(scope el, text string) el {
	return el(fmt.Sprintf("[...within(%s).querySelectorAll('[role=tab]')].find(b => text(b) === %s && visible(b)) || null", scope, jsString(text)))
}

// region is the section headed by a heading reading text exactly.
func region(heading string) el { return el(fmt.Sprintf("region(%s)", jsString(heading))) }

// css is the first element matching a CSS selector inside scope.
func css(scope el, selector string) el {
	return el(fmt.Sprintf("within(%s).querySelector(%s)", scope, jsString(selector)))
}

// errorOf is the message element a control points to with aria-describedby.
func errorOf(control el) el { return el(fmt.Sprintf("errorOf(%s)", control)) }

func (e el) sel() chromedp.JSPath { return chromedp.JSPath(withHelpers(string(e))) }

// ---------------------------------------------------------------------------
// Acting as a person does.

// click clicks the middle of e with the mouse, once the page has settled.
func (p *page) click(e el) {
	p.t.Helper()
	p.settle()
	p.step("click "+string(e), chromedp.Click(e.sel(), chromedp.NodeVisible))
}

// settle waits until the page's DOM has not changed for 50 ms; after 3 s it
// gives up, and the click goes ahead. go-app draws a keystroke's answer on a
// timer, and that answer can move things: typing a 10th month brings the cap
// note, which moves "＋ 加入估算" 47 px down. A click measured before that
// draw and pressed after it lands on whatever moved under the pointer, and
// the click is lost. Timers run in the order they fall due, so a draw
// already pending (due in 8 ms) runs before the quiet period ends, and
// restarts it.
func (p *page) settle() {
	p.t.Helper()
	eval[bool](p, `new Promise(resolve => {
		let quiet;
		const done = settled => { obs.disconnect(); clearTimeout(quiet); clearTimeout(limit); resolve(settled); };
		const wait = () => { clearTimeout(quiet); quiet = setTimeout(() => done(true), 50); };
		const obs = new MutationObserver(wait);
		obs.observe(document, {subtree: true, childList: true, characterData: true, attributes: true});
		const limit = setTimeout(() => done(false), 3000);
		wait();
	})`)
}

// clickLabel clicks the label of a radio button or checkbox.
func (p *page) clickLabel(scope el, text string) {
	p.t.Helper()
	p.click(labelEl(scope, text))
}

// clear empties a text field with the keyboard: into the field (as with
// Tab, so no layout change can send the keys elsewhere), select all, then
// Backspace.
func (p *page) clear(e el) {
	p.t.Helper()
	p.step("select all in "+string(e),
		chromedp.Focus(e.sel(), chromedp.NodeVisible),
		chromedp.KeyEvent("a", chromedp.KeyModifiers(chromedp.ModifierCtrl)),
		chromedp.KeyEvent(kb.Backspace))
	p.waitFor(string(e)+" to be empty", string(e)+".value === ''", string(e)+".value")
}

// fill replaces the text of a field by typing text key by key.
func (p *page) fill(e el, text string) {
	p.t.Helper()
	p.clear(e)
	p.typeIn(e, text)
}

// typeIn types text key by key at the end of a field.
func (p *page) typeIn(e el, text string) {
	p.t.Helper()
	want := eval[string](p, string(e)+".value") + text
	if text != "" {
		p.step("type "+text, chromedp.SendKeys(e.sel(), text))
	}
	p.waitFor(string(e)+" to read "+want, string(e)+".value === "+jsString(want), string(e)+".value")
}

// paste replaces the text of a field with text arriving at once.
func (p *page) paste(e el, text string) {
	p.t.Helper()
	p.clear(e)
	p.pasteIn(e, text)
}

// pasteIn inserts text into the focused field at once, as from the
// clipboard or an input method: one input event for the whole text.
func (p *page) pasteIn(e el, text string) {
	p.t.Helper()
	want := eval[string](p, string(e)+".value") + text
	p.step("paste "+text, chromedp.Focus(e.sel()), chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, input.InsertText, input.InsertTextParams{Text: text})
		return err
	}))
	p.waitFor(string(e)+" to read "+want, string(e)+".value === "+jsString(want), string(e)+".value")
}

// choose picks the option whose text starts with prefix in a select, with
// the keyboard (arrow keys on the focused, closed select), as a person
// using the keyboard does; each step fires a change event.
func (p *page) choose(sel el, prefix string) {
	p.t.Helper()
	p.step("focus "+string(sel), chromedp.Focus(sel.sel()))
	// The enabled options in order; arrow keys skip disabled ones.
	idx := eval[[]int](p, fmt.Sprintf(`(() => {
		const s = %s, opts = [...s.options].filter(o => !o.disabled);
		return [opts.indexOf(s.selectedOptions[0]), opts.findIndex(o => norm(o.textContent).startsWith(%s))];
	})()`, sel, jsString(prefix)))
	from, to := idx[0], idx[1]
	if to < 0 {
		p.t.Fatalf("%s has no option starting with %q", sel, prefix)
	}
	key := kb.ArrowDown
	if to < from {
		key = kb.ArrowUp
	}
	if from < 0 { // a disabled option (an unknown item) is selected: start from the top
		from = -1
		key = kb.ArrowDown
	}
	for i := from; i != to; {
		p.step("press arrow", chromedp.KeyEvent(key))
		if key == kb.ArrowDown {
			i++
		} else {
			i--
		}
	}
	p.waitFor(fmt.Sprintf("%s to show %q", sel, prefix),
		fmt.Sprintf(`norm(%s.selectedOptions[0].textContent).startsWith(%s)`, sel, jsString(prefix)),
		fmt.Sprintf(`norm(%s.selectedOptions[0].textContent)`, sel))
}

// ---------------------------------------------------------------------------
// Reading what is on screen.

// textOf is the visible text of e, whitespace collapsed ("" when absent).
func (p *page) textOf(e el) string {
	p.t.Helper()
	return eval[string](p, fmt.Sprintf(`text(%s) || ''`, e))
}

// waitText waits until e's text reads want exactly.
func (p *page) waitText(e el, want string) {
	p.t.Helper()
	p.waitFor(fmt.Sprintf("%s to read %q", e, want), fmt.Sprintf(`text(%s) === %s`, e, jsString(want)), fmt.Sprintf(`text(%s)`, e))
}

// waitGone waits until e is no longer on the page (or hidden).
func (p *page) waitGone(e el) {
	p.t.Helper()
	p.waitFor(string(e)+" to go", fmt.Sprintf(`!visible(%s)`, e), fmt.Sprintf(`text(%s)`, e))
}

// waitShown waits until e is on the page and visible.
func (p *page) waitShown(e el) {
	p.t.Helper()
	p.waitFor(string(e)+" to show", fmt.Sprintf(`visible(%s)`, e), "''")
}

// The parts of the page the tests read.
var (
	total       = el(`document.getElementById('total')`)
	summary     = region("合计")
	termSection = el(`document.getElementById('term')`)
)

// amountOf is the amount shown on line n, e.g. "9,990.00 元".
func amountOf(n int) el { return css(line(n), ".amount-value") }

// workingOf is the working shown on line n.
func workingOf(n int) el { return css(line(n), ".working") }

// titleOf is the heading of line n, e.g. "第 1 项 · 在线客服 基础版".
func titleOf(n int) el { return css(line(n), "h3") }

// value is what a text field or select holds.
func (p *page) value(e el) string {
	p.t.Helper()
	return eval[string](p, fmt.Sprintf(`(%s || {}).value ?? ''`, e))
}

// count is how many elements match a CSS selector.
func (p *page) count(selector string) int {
	p.t.Helper()
	return eval[int](p, fmt.Sprintf(`document.querySelectorAll(%s).length`, jsString(selector)))
}

// waitFieldError waits until control is marked invalid and the message right
// after it, which it names with aria-describedby, reads msg.
func (p *page) waitFieldError(control el, msg string) {
	p.t.Helper()
	c := string(control)
	p.waitFor(fmt.Sprintf("%s to show error %q", c, msg),
		fmt.Sprintf(`%s.getAttribute('aria-invalid') === 'true' && errorOf(%s) !== null &&
			errorOf(%s) === %s.nextElementSibling && errorOf(%s).classList.contains('field-error') &&
			text(errorOf(%s)) === %s`, c, c, c, c, c, c, jsString(msg)),
		fmt.Sprintf(`({invalid: %s.getAttribute('aria-invalid'), describedby: %s.getAttribute('aria-describedby'),
			next: %s.nextElementSibling && %s.nextElementSibling.outerHTML})`, c, c, c, c))
}

// waitNoFieldError waits until control is valid and has no message.
func (p *page) waitNoFieldError(control el) {
	p.t.Helper()
	c := string(control)
	p.waitFor(c+" to have no error",
		fmt.Sprintf(`%s.getAttribute('aria-invalid') !== 'true' && errorOf(%s) === null &&
			!(%s.nextElementSibling && %s.nextElementSibling.classList.contains('field-error'))`, c, c, c, c),
		fmt.Sprintf(`%s.nextElementSibling && %s.nextElementSibling.outerHTML`, c, c))
}

// typeDate types an ISO date (2028-05-27) into a date input the way a
// person does with the keyboard: month, day, year, in the en-US field order
// the browser is started with.
func (p *page) typeDate(e el, iso string) {
	p.t.Helper()
	if len(iso) != 10 {
		p.t.Fatalf("typeDate %q: want YYYY-MM-DD", iso)
	}
	// Focus keeps the segment last edited; two Left arrows reach the month.
	p.step("type date "+iso,
		chromedp.Focus(e.sel()),
		chromedp.KeyEvent(kb.ArrowLeft+kb.ArrowLeft),
		chromedp.KeyEvent(iso[5:7]+iso[8:10]+iso[0:4]))
	p.waitFor(string(e)+" to read "+iso, string(e)+".value === "+jsString(iso), string(e)+".value")
}

// leave goes to a blank page, so the next open is a fresh visit and not a
// change of fragment within the same document.
func (p *page) leave() {
	p.t.Helper()
	p.step("leave", chromedp.Navigate("about:blank"))
}

// waitValue waits until a field or select holds want.
func (p *page) waitValue(e el, want string) {
	p.t.Helper()
	p.waitFor(fmt.Sprintf("%s to hold %q", e, want), fmt.Sprintf(`%s.value === %s`, e, jsString(want)), string(e)+".value")
}

// waitCount waits until n elements match a CSS selector.
func (p *page) waitCount(selector string, n int) {
	p.t.Helper()
	p.waitFor(fmt.Sprintf("%d of %s", n, selector),
		fmt.Sprintf(`document.querySelectorAll(%s).length === %d`, jsString(selector), n),
		fmt.Sprintf(`document.querySelectorAll(%s).length`, jsString(selector)))
}

// chooseLanguage picks a language in the header's switch, by its name
// ("English", "简体中文"), whether the switch is buttons or radios.
func (p *page) chooseLanguage(name string) {
	p.t.Helper()
	p.click(el(fmt.Sprintf(`byButton(document, %[1]s) || labelFor(document, %[1]s)`, jsString(name))))
	p.waitLanguage(name)
}

// waitLanguage waits until the switch shows name as the chosen language
// (a checked radio, or a button with aria-pressed="true"), and only it.
func (p *page) waitLanguage(name string) {
	p.t.Helper()
	other := map[string]string{"English": "简体中文", "简体中文": "English"}[name]
	p.waitFor(name+" to be the chosen language",
		fmt.Sprintf(`langChosen(%s) && !langChosen(%s)`, jsString(name), jsString(other)),
		`[...document.querySelectorAll('.lang-switch *')].map(e => e.outerHTML)`)
}
