package e2e

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
)

// Nothing scrolls sideways on a phone (360×740) or a laptop (1280×800), in
// the page's main states; screenshots of each go to testout/ for review.

type viewport struct {
	name          string
	width, height int64
	mobile        bool
}

var viewports = []viewport{
	{"360", 360, 740, true},
	{"1280", 1280, 800, false},
}

// overflow lists the elements that reach past the right edge of the page,
// or is empty when nothing scrolls sideways.
const overflow = `(() => {
	const root = document.documentElement;
	if (root.scrollWidth <= root.clientWidth) return [];
	const out = [root.scrollWidth + ' > ' + root.clientWidth];
	for (const e of document.body.querySelectorAll('*')) {
		const r = e.getBoundingClientRect();
		if (r.right > root.clientWidth + 0.5 && visible(e)) {
			out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : '') + ' right=' + Math.round(r.right));
		}
		if (out.length > 12) break;
	}
	return out;
})()`

// useViewport sizes the tab as v and waits for the page to lay out at its width.
func (p *page) useViewport(v viewport) {
	p.t.Helper()
	p.sizeAs(v)
	p.waitFor(fmt.Sprintf("a %d px wide layout", v.width),
		fmt.Sprintf(`document.documentElement.clientWidth === %d`, v.width), `document.documentElement.clientWidth`)
}

// sizeAs sizes the tab as v for the pages it opens next.
func (p *page) sizeAs(v viewport) {
	p.t.Helper()
	opts := []chromedp.EmulateViewportOption{}
	if v.mobile {
		opts = append(opts, chromedp.EmulateMobile)
	}
	p.step("viewport "+v.name, chromedp.EmulateViewport(v.width, v.height, opts...))
}

// checkLayout looks at the page in every viewport.
func (p *page) checkLayout(state string) {
	p.t.Helper()
	for _, v := range viewports {
		p.useViewport(v)
		if bad := eval[[]string](p, overflow); len(bad) > 0 {
			p.t.Errorf("%s at %s×%d scrolls sideways: %q", state, v.name, v.height, bad)
		}
		p.screenshot(fmt.Sprintf("layout-%s-%s", v.name, state))
	}
	p.step("reset viewport", chromedp.ResetViewport())
}

func TestNothingScrollsSideways(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.waitText(total, "9,990.00 元")
	p.checkLayout("default-zh")

	p.busyEstimate()
	p.checkLayout("busy-zh")

	// The largest amounts the limits allow (100,000 users, 10 years).
	n := p.addLine()
	p.chooseItem(n, "电话客服 企业版")
	p.fill(labelled(line(n), usersLabel), "100000")
	p.fill(labelled(line(n), yearsLabel), "10")
	p.waitText(amountOf(n), "3,600,000,000.00 元")
	n = p.addLine()
	p.chooseItem(n, "电话客服 企业版")
	p.fill(labelled(line(n), usersLabel), "100000")
	p.fill(labelled(line(n), yearsLabel), "10")
	p.waitText(amountOf(n), "3,600,000,000.00 元")
	p.checkLayout("large-amounts-zh")

	p.chooseLanguage("English")
	p.waitText(el(`document.querySelector('h1')`), "Tencent Qidian Customer Service price calculator")
	p.checkLayout("busy-en")

	p.clickLabel(termSection, "Dates")
	p.typeDate(labelled(termSection, "Account expiry date"), "2028-05-27")
	p.waitShown(css(termSection, "#term-result"))
	p.checkLayout("term-by-dates-en")

	p.leave()
	p.open("/#v=1&lang=en&l=chat-basic,new,5,2&zz=1")
	p.waitShown(el(`document.querySelector('.notice')`))
	p.checkLayout("link-notice-en")
}
