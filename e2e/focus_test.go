package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Keyboard focus is never hidden (WCAG 2.2, 2.4.11): every control a
// visitor can reach, once focused and scrolled into view by the browser,
// is wholly inside the window and clear of the phone's total bar or any
// other fixed or sticky box; the open phone summary closes when a field
// takes focus; Escape closes a menu and returns to the button that opened it.

// focusEstimate has a few lines, an addition with its term and a planned
// addition: the term's fields and the plan come with them.
const focusEstimate = "v=1&t=1,6&l=chat-basic,new,5,2&l=chat-basic,add,3&l=chat-basic,plan,3,,,6&l=knowledge-cloud,,1,,education"

// focusables keeps, in document order, the visible controls that take
// keyboard focus in window.focusables, and counts them.
const focusables = `(() => {
	window.focusables = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')].filter(e =>
		!e.disabled && e.tabIndex >= 0 && !e.closest('[inert]') &&
		(visible(e) || (e.matches('input.visually-hidden') && visible(e.closest('label')))));
	return window.focusables.length;
})()`

// focusCheck focuses the i-th of window.focusables and reports how it lies: empty when
// it is wholly in the window and no fixed or sticky box covers any of it.
// It waits two frames after focus, so the page has drawn what the focus
// changed (the phone summary closing) and the bar has its new size.
func focusCheck(i int) string {
	return fmt.Sprintf(`new Promise(resolve => {
		const e = window.focusables[%d];
		const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '') + ' ' + JSON.stringify(norm(e.textContent || e.getAttribute('aria-label') || '').slice(0, 40));
		if (!e.isConnected) { resolve('gone'); return; } // a notice that expired
		e.focus();
		if (document.activeElement !== e) { resolve(name(e) + ' did not take focus'); return; }
		requestAnimationFrame(() => requestAnimationFrame(() => {
			const r = e.getBoundingClientRect();
			const box = r => Math.round(r.left) + ',' + Math.round(r.top) + '–' + Math.round(r.right) + ',' + Math.round(r.bottom);
			const problems = [];
			const vw = document.documentElement.clientWidth, vh = window.innerHeight;
			if (r.top < -0.5 || r.left < -0.5 || r.bottom > vh + 0.5 || r.right > vw + 0.5) problems.push('outside the window ' + vw + '×' + vh);
			for (const f of document.querySelectorAll('body *')) {
				const pos = getComputedStyle(f).position;
				if ((pos !== 'fixed' && pos !== 'sticky') || f.contains(e) || !visible(f)) continue;
				const b = f.getBoundingClientRect();
				if (b.width === 0 || b.height === 0) continue;
				if (r.left < b.right - 0.5 && r.right > b.left + 0.5 && r.top < b.bottom - 0.5 && r.bottom > b.top + 0.5) {
					problems.push('under ' + pos + ' ' + name(f).slice(0, 30) + ' at ' + box(b));
				}
			}
			resolve(problems.length ? name(e) + ' at ' + box(r) + ': ' + problems.join('; ') : '');
		}));
	})`, i)
}

func TestFocusIsNeverHidden(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"zh", "en"} {
		for _, v := range viewports {
			for _, expanded := range []bool{false, true} {
				if expanded && !v.mobile {
					continue // wide, the summary is a column of its own with nothing to open
				}
				state := "collapsed"
				if expanded {
					state = "expanded"
				} else if !v.mobile {
					state = "column"
				}
				t.Run(lang+"-"+v.name+"-"+state, func(t *testing.T) {
					checkFocusVisible(t, lang, v, expanded)
				})
			}
		}
	}
}

func checkFocusVisible(t *testing.T, lang string, v viewport, expanded bool) {
	p := newPage(t)
	p.open("/#" + strings.Replace(focusEstimate, "v=1", "v=1&lang="+lang, 1))
	p.useViewport(v)
	p.waitFor("the estimate", `document.querySelectorAll('section.line').length === 4 && text(document.getElementById('total')) !== '—'`, `text(document.getElementById('total'))`)
	// Open what holds more controls: 我的估算, the help, the toolbar's menu.
	p.click(estimatesBtn)
	p.waitShown(css(document, "#estimates li.estimate-row"))
	p.step("open the help", chromedp.Evaluate[chromedp.Void](`document.getElementById('help').open = true`))
	toggle := el(`document.getElementById('summary-toggle')`)
	openSummary := func() {
		if eval[bool](p, `document.getElementById('summary-toggle').getAttribute('aria-expanded') === 'true'`) {
			return
		}
		p.click(toggle)
		p.waitFor("the summary to open", `visible(document.getElementById('copy-link'))`, `document.getElementById('summary-details').className`)
		// The bar's new height reaches the page in the next frames.
		eval[bool](p, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`)
	}
	if v.mobile {
		openSummary()
	}
	p.click(css(document, "details.more > summary"))
	p.waitShown(css(document, "#download-csv"))
	if v.mobile && !expanded {
		p.click(toggle)
		p.waitGone(css(document, "#copy-link"))
	}
	n := eval[int](p, focusables)
	if n < 40 {
		t.Fatalf("only %d controls to focus: the page is not as expected", n)
	}
	checked := 0
	for i := range n {
		if expanded {
			openSummary()
		}
		switch msg := eval[string](p, focusCheck(i)); msg {
		case "":
			checked++
		case "gone":
		default:
			t.Errorf("%s %s: %s", lang, v.name, msg)
		}
	}
	t.Logf("%d of %d controls in view when focused", checked, n)
	p.screenshotView(fmt.Sprintf("focus-%s-%s-expanded-%v", lang, v.name, expanded))
}

// summaryOpen tells whether the phone summary shows its list.
const summaryOpen = `document.getElementById('summary-toggle').getAttribute('aria-expanded') === 'true' && visible(document.getElementById('copy-link'))`

// A field taking focus closes the open phone summary, which would
// otherwise cover most of the screen; a button does not.
func TestFieldFocusClosesThePhoneSummary(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.useViewport(viewports[0])
	toggle := el(`document.getElementById('summary-toggle')`)
	for _, f := range []struct {
		name  string
		field el
	}{
		{"用户数", labelled(line(1), usersLabel)},
		{"产品与版本", labelled(line(1), itemSelect)},
		{"备注", css(document, "#details-notes")},
	} {
		p.click(toggle)
		p.waitFor("the summary to open", summaryOpen, `document.getElementById('summary-details').className`)
		p.step("focus "+f.name, chromedp.Focus(f.field.sel()))
		p.waitFor("focus on "+f.name+" to close the summary", `!(`+summaryOpen+`)`, `document.getElementById('summary-details').className`)
		if got := eval[string](p, `document.getElementById('summary-toggle').getAttribute('aria-expanded')`); got != "false" {
			t.Errorf("%s: the toggle says aria-expanded=%s", f.name, got)
		}
	}
	// A button is no field: focus on 新建估算 leaves the summary open.
	p.click(toggle)
	p.waitFor("the summary to open", summaryOpen, `document.getElementById('summary-details').className`)
	p.step("focus 新建估算", chromedp.Focus(button(document, "新建估算").sel()))
	eval[bool](p, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`)
	if !eval[bool](p, summaryOpen) {
		t.Error("focus on a button closed the summary")
	}
}

// Escape closes 更多操作, and the open phone summary, and returns focus to
// the button that opened each; with the menu open inside the summary, the
// first Escape closes the menu only.
func TestEscapeClosesMenus(t *testing.T) {
	t.Parallel()
	for _, v := range viewports {
		t.Run(v.name, func(t *testing.T) {
			p := newPage(t)
			p.openExample()
			p.useViewport(v)
			more := css(document, "details.more")
			if v.mobile {
				p.click(el(`document.getElementById('summary-toggle')`))
				p.waitFor("the summary to open", summaryOpen, `document.getElementById('summary-details').className`)
			}
			p.click(css(more, "summary"))
			p.waitShown(css(document, "#download-json"))
			p.step("Tab into the menu", chromedp.Focus(css(document, "#download-csv").sel()), chromedp.KeyEvent(kb.Tab))
			p.waitFor("focus on 下载 JSON", `document.activeElement === document.getElementById('download-json')`, `document.activeElement.outerHTML`)
			p.step("press Escape", chromedp.KeyEvent(kb.Escape))
			p.waitFor("更多操作 to close", `!document.querySelector('details.more').open`, `document.querySelector('details.more').open`)
			p.waitFor("focus back on 更多操作", `document.activeElement === document.querySelector('details.more > summary')`, `document.activeElement.outerHTML`)
			if !v.mobile {
				return
			}
			if !eval[bool](p, summaryOpen) {
				t.Fatal("the first Escape closed the summary as well as the menu")
			}
			p.step("press Escape again", chromedp.KeyEvent(kb.Escape))
			p.waitFor("the summary to close", `!(`+summaryOpen+`)`, `document.getElementById('summary-details').className`)
			p.waitFor("focus back on the summary's toggle", `document.activeElement === document.getElementById('summary-toggle')`, `document.activeElement.outerHTML`)
		})
	}
}
