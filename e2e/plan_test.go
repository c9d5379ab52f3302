package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// Issue 18: the source's worked example as one plan (R14, R15), built the
// way a visitor would: 5 users for 2 years, 3 more after 6 months.

const (
	modePlanned = "计划增购（新购后若干个月）"
	afterLabel  = "新购后第几个月增购"
)

// plan is the plan section below the estimate.
var plan = el(`document.getElementById('plan')`)

func TestPlanSeedExample(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.open("/")
	p.click(button(document, "新建估算"))
	p.waitCount("section.line", 0)

	// The edition, bought for 5 users and 2 years.
	p.click(button(region("产品与价格"), "＋ 加入估算：在线客服 基础版"))
	p.waitCount("section.line", 1)
	p.fill(labelled(line(1), usersLabel), "5")
	p.fill(labelled(line(1), yearsLabel), "2")
	p.waitText(amountOf(1), "9,990.00 元")

	// A second line: 3 users planned 6 months after the purchase.
	p.click(button(region("产品与价格"), "＋ 加入估算：在线客服 基础版"))
	p.waitCount("section.line", 2)
	p.clickLabel(line(2), modePlanned)
	p.waitShown(labelled(line(2), afterLabel))
	p.waitGone(labelled(line(2), yearsLabel))
	p.fill(labelled(line(2), usersLabel), "3")
	p.fill(labelled(line(2), afterLabel), "6")
	p.waitText(amountOf(2), "4,795.20 元")

	// The plan: paid now, at month 6, the whole, and the renewal as an estimate.
	p.waitShown(plan)
	p.waitText(css(plan, "#plan-paid-0"), "9,990.00 元")
	p.waitText(css(plan, "#plan-paid-6"), "4,795.20 元")
	p.waitText(css(plan, "#plan-total"), "14,785.20 元")
	p.waitText(css(plan, "#plan-working"), "现在 9,990.00 元 + 第6个月 4,795.20 元 = 14,785.20 元")
	p.waitText(css(plan, "#plan-renewal-1"), "7,992.00 元/年")
	p.waitText(css(plan, "#plan-renewal-1-title"), "估算 第24个月期满后续费一年")
	p.waitText(css(plan, "#plan-renewal-note"), "按今日价目表（2026-11）估算。")

	// The timeline is an image named by its text alternative, with the same figures.
	zhText := "付款时间线，共24个月（2年）：现在 9,990.00 元；第6个月 4,795.20 元；整个计划合计 14,785.20 元。" +
		"第24个月期满后续费一年：8个用户 × 999元/用户/年 = 7,992.00 元/年。按今日价目表（2026-11）估算。"
	p.checkTimeline(zhText)
	p.audit("the seed plan")
	p.screenshotTimeline("plan-timeline-zh")

	p.chooseLanguage("English")
	p.waitText(css(plan, "#plan-working"), "now ¥9,990.00 + month 6 ¥4,795.20 = ¥14,785.20")
	p.waitText(css(plan, "#plan-total"), "¥14,785.20")
	p.waitText(css(plan, "#plan-renewal-1"), "¥7,992.00 a year")
	enText := "Payment timeline over 24 months (2 years): now ¥9,990.00; month 6 ¥4,795.20; the whole plan ¥14,785.20. " +
		"Renewal for a year after month 24: 8 users × ¥999/user/yr = ¥7,992.00 a year. An estimate at today's list prices (2026-11)."
	p.checkTimeline(enText)
	p.screenshotTimeline("plan-timeline-en")
	p.chooseLanguage("简体中文")

	// After the term has ended: an error next to the field, and no plan payment.
	after := labelled(line(2), afterLabel)
	p.fill(after, "24")
	p.waitFieldError(after, "所跟随的新购有效期共 24 个月，增购须在第 1 至第 23 个月。")
	p.waitText(amountOf(2), "—")
	p.fill(after, "0")
	p.waitFieldError(after, "增购须在新购之后，至少 1 个月；同时购买请计入新购的数量。")
	p.fill(after, "6")
	p.waitNoFieldError(after)
	p.waitText(css(plan, "#plan-total"), "14,785.20 元")

	// A second addition a month later: its own payment and its own row,
	// whose labels stay clear of the first's even on a phone.
	p.click(button(region("产品与价格"), "＋ 加入估算：在线客服 基础版"))
	p.waitCount("section.line", 3)
	p.clickLabel(line(3), modePlanned)
	p.fill(labelled(line(3), usersLabel), "1")
	p.fill(labelled(line(3), afterLabel), "7")
	p.waitText(css(line(3), ".plan-follows"), "从第 1 项新购起算，与其同时到期。")
	p.waitText(css(plan, "#plan-paid-7"), "1,498.50 元") // 1 user × 1 yr 5 mo: 999 + 999/10 × 5
	p.waitText(css(plan, "#plan-renewal-1"), "8,991.00 元/年")
	p.screenshotTimeline("plan-timeline-zh-two-additions")

	// Printed, the quote carries the plan and its timeline after the table.
	p.printMedia()
	p.waitText(el(`document.getElementById('doc-plan-working')`), "整个计划合计：现在 9,990.00 元 + 第6个月 4,795.20 元 + 第7个月 1,498.50 元 = 16,283.70 元")
	p.waitShown(el(`document.querySelector('#doc-timeline svg')`))
	ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
	buf, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.ID("doc-plan")))
	cancel()
	if err != nil {
		t.Fatalf("screenshot of the printed plan: %v", err)
	}
	os.WriteFile(filepath.Join(repoRoot, "testout", "plan-printed-zh.png"), buf, 0o644)
	if pages := p.printPDF("plan-printed-zh"); pages != 1 {
		t.Errorf("the printed plan takes %d pages, want 1", pages)
	}
}

// checkTimeline checks that the timeline is one image for screen readers,
// named by its text alternative, which reads want.
func (p *page) checkTimeline(want string) {
	p.t.Helper()
	svg := css(plan, "svg.timeline-svg")
	p.waitFor("the timeline to be an image named by its text",
		fmt.Sprintf(`%[1]s.getAttribute('role') === 'img' && document.getElementById(%[1]s.getAttribute('aria-labelledby')) !== null &&
			text(document.getElementById(%[1]s.getAttribute('aria-labelledby'))) === %[2]s`, svg, jsString(want)),
		fmt.Sprintf(`%[1]s && text(document.getElementById(%[1]s.getAttribute('aria-labelledby')))`, svg))
}

// checkTimelineLabels checks, at the current width, that no label of the
// timeline overlaps another or lies outside the picture.
func (p *page) checkTimelineLabels() {
	p.t.Helper()
	width := eval[int](p, `document.documentElement.clientWidth`)
	overlaps := eval[[]string](p, `(() => {
		const rs = [...document.querySelectorAll('#timeline text')].map(e => [e.textContent, e.getBoundingClientRect()]);
		const out = [];
		for (let i = 0; i < rs.length; i++) for (let j = i + 1; j < rs.length; j++) {
			const a = rs[i][1], b = rs[j][1];
			if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) out.push(rs[i][0] + ' / ' + rs[j][0]);
		}
		return out;
	})()`)
	if len(overlaps) > 0 {
		p.t.Errorf("timeline labels overlap at %d px: %q", width, overlaps)
	}
	cut := eval[[]string](p, `(() => {
		const box = document.querySelector('#timeline svg').getBoundingClientRect();
		const page = document.documentElement.clientWidth;
		return [...document.querySelectorAll('#timeline text')].filter(e => {
			const r = e.getBoundingClientRect();
			return r.left < Math.max(0, box.left - 12) || r.right > Math.min(page, box.right + 12);
		}).map(e => e.textContent);
	})()`)
	if len(cut) > 0 {
		p.t.Errorf("timeline labels outside the picture at %d px: %q", width, cut)
	}
}

// screenshotTimeline writes the plan section at 360 px and 1280 px to testout/.
func (p *page) screenshotTimeline(name string) {
	p.t.Helper()
	for _, v := range viewports {
		p.useViewport(v)
		p.checkTimelineLabels()
		p.step("scroll to the plan", chromedp.ScrollIntoView(chromedp.ID("plan")))
		ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
		buf, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.ID("plan")))
		cancel()
		if err != nil {
			p.t.Fatalf("screenshot %s: %v", name, err)
		}
		dir := filepath.Join(repoRoot, "testout")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			p.t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+"-"+v.name+".png"), buf, 0o644); err != nil {
			p.t.Fatal(err)
		}
	}
	p.step("reset viewport", chromedp.ResetViewport())
}

// planLink is the seed plan as a link: 5 users for 2 years, 3 more at month 6.
const planLink = "/#v=1&l=chat-basic,new,5,2&l=chat-basic,plan,3,,,6"

// Issue 30: a plan's total box says its total is the whole plan's, and
// what is paid now and at each later month; a planned line in its list
// carries its month.
func TestPlanSummarySaysWhatIsPaidWhen(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	heading := el(`document.getElementById('total-heading')`)
	paidWhen := func(m int) el { return el(fmt.Sprintf(`document.getElementById('total-paid-%d-when')`, m)) }
	paid := func(m int) el { return el(fmt.Sprintf(`document.getElementById('total-paid-%d')`, m)) }
	lineWhen := func(n int) el {
		return el(fmt.Sprintf(`document.querySelector('.summary-lines li:nth-child(%d) .summary-when')`, n))
	}

	// Without planned additions the box is the plain total.
	p.openExample()
	p.waitText(heading, "合计")
	p.waitGone(el(`document.getElementById('total-plan')`))

	// A payment with a price-on-request item says so, inside the bar on a phone.
	p.leave()
	p.open(planLink + "&l=bot-pro,plan,1,,,6")
	p.useViewport(viewports[0])
	p.waitShownText(paid(6), "4,795.20 元 + 价格请联系架构师")
	if bad := eval[[]string](p, `(() => {
		const bar = document.querySelector('.summary').getBoundingClientRect();
		const toggle = document.getElementById('summary-toggle').getBoundingClientRect();
		return [...document.querySelectorAll('#total-plan *')].filter(e => {
			const r = e.getBoundingClientRect();
			return r.right > bar.right || r.left < bar.left ||
				(r.left < toggle.right && toggle.left < r.right && r.top < toggle.bottom && toggle.top < r.bottom);
		}).map(e => e.id || e.tagName);
	})()`); len(bad) > 0 {
		t.Errorf("at 360 px, parts of the payments leave the bar or lie under its button: %q", bad)
	}
	p.screenshotView("plan-summary-zh-360-on-request")
	p.step("reset viewport", chromedp.ResetViewport())

	p.leave()
	p.open(planLink)
	for _, lang := range []struct {
		name, short, whole, total, now, nowAmount, at6, at6Amount, line2 string
	}{
		{"简体中文", "zh", "整个计划合计", "14,785.20 元", "现在支付", "9,990.00 元", "第6个月支付", "4,795.20 元", "第6个月增购"},
		{"English", "en", "Whole plan", "¥14,785.20", "Paid now", "¥9,990.00", "Paid at month 6", "¥4,795.20", "Added at month 6"},
	} {
		if lang.name == "English" {
			p.chooseLanguage("English")
		}
		for _, v := range viewports {
			p.useViewport(v)
			// Shown in the bar on a phone, without opening its list.
			p.waitShownText(heading, lang.whole)
			p.waitShownText(total, lang.total)
			p.waitShownText(paidWhen(0), lang.now)
			p.waitShownText(paid(0), lang.nowAmount)
			p.waitShownText(paidWhen(6), lang.at6)
			p.waitShownText(paid(6), lang.at6Amount)
			p.waitFor("the total's live region to name the whole plan and what is paid now",
				fmt.Sprintf(`text(document.getElementById('total-announce')).startsWith(%s)`, jsString(lang.whole+" "+lang.total)),
				`text(document.getElementById('total-announce'))`)
			p.screenshotView("plan-summary-" + lang.short + "-" + v.name)
			if v.mobile {
				p.click(el(`document.getElementById('summary-toggle')`))
			}
			p.waitShownText(lineWhen(2), lang.line2)
			p.waitGone(lineWhen(1))
			// The line itself says it too, in the estimate.
			p.waitText(css(line(2), ".line-when"), lang.line2)
			if n := eval[int](p, `card(1).querySelectorAll('.line-when').length`); n != 0 {
				t.Errorf("%s: the purchase, line 1, is marked as a planned addition", lang.name)
			}
			if v.mobile {
				p.screenshotView("plan-summary-" + lang.short + "-" + v.name + "-open")
				p.click(el(`document.getElementById('summary-toggle')`))
			}
		}
		p.step("reset viewport", chromedp.ResetViewport())
	}
}
