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

// fieldRows finds, in each row of fields (one flex line of .line-fields or
// the quote's details), the tops of their boxes: a row whose boxes are not
// level is listed with each field's label and box top.
const fieldRows = `(() => {
	const out = [];
	for (const c of document.querySelectorAll('.line-fields, .quote-details')) {
		if (!visible(c)) continue;
		const rows = new Map();
		for (const f of c.children) {
			const box = f.matches('.field:not(.modes)') && f.querySelector(':scope > input, :scope > select, :scope > textarea');
			if (!box || !visible(box)) continue;
			const top = Math.round(f.getBoundingClientRect().top);
			if (!rows.has(top)) rows.set(top, []);
			rows.get(top).push({label: norm(f.querySelector('label').textContent), top: box.getBoundingClientRect().top});
		}
		for (const row of rows.values()) {
			if (row.length > 1 && row.some(b => Math.abs(b.top - row[0].top) > 0.5)) {
				out.push(row.map(b => b.label + '@' + Math.round(b.top)).join(' | '));
			}
		}
	}
	return out;
})()`

// Fields side by side have their boxes level, however long a label is
// (购买年限（年） once wrapped at 1280 and sat its box 20 px lower).
func TestFieldsInARowAreLevel(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.open("/#v=1&t=1,6&l=chat-basic,new,5,2&l=chat-basic,add,3&l=chat-basic,plan,3,,,6&l=knowledge-cloud,,1,,education&customer=ACME")
	p.waitCount("section.line", 4)
	for _, lang := range []string{"简体中文", "English"} {
		p.chooseLanguage(lang)
		for _, dates := range []bool{false, true} {
			if dates {
				p.click(labelEl(termSection, map[string]string{"简体中文": "按日期", "English": "Dates"}[lang]))
				p.waitShown(css(termSection, "input[type=date]"))
			}
			for _, v := range viewports {
				p.useViewport(v)
				rows := eval[int](p, `document.querySelectorAll('.line-fields').length`)
				if bad := eval[[]string](p, fieldRows); len(bad) > 0 {
					t.Errorf("%s at %s, term by dates %v: boxes not level in %d of the rows of %d field groups: %q", lang, v.name, dates, len(bad), rows, bad)
				}
				p.screenshot(fmt.Sprintf("fields-level-%s-%s-dates-%v", v.name, map[string]string{"简体中文": "zh", "English": "en"}[lang], dates))
			}
			p.step("reset viewport", chromedp.ResetViewport())
		}
		p.click(labelEl(termSection, map[string]string{"简体中文": "按年月", "English": "Years and months"}[lang]))
		p.waitShown(css(termSection, "#term-years"))
	}
}
