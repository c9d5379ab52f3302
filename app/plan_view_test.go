package app

import (
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

func renderPlan(t *testing.T, est pricing.Estimate, lang pricing.Lang) string {
	t.Helper()
	q := pricing.Default().Price(est, today())
	s := &planSection{Plan: planView(&q, lang), Lang: lang}
	e := app.NewTestEngine()
	if err := e.Load(s); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return app.HTMLString(s)
}

// R14, R15: the seed plan shows each payment with its working, the whole
// plan, and the renewal labelled as an estimate, in both languages.
func TestPlanSectionSeed(t *testing.T) {
	zh := renderPlan(t, examplePlan(), pricing.ZH)
	mustContain(t, zh,
		"现在支付", `id="plan-paid-0"`, "9,990.00 元", "5个用户 × 2年 × 999元/用户/年 = 9,990.00 元",
		"第6个月支付", `id="plan-paid-6"`, "4,795.20 元", "（剩余1年6个月）",
		"3个用户 × 1年 × 999元/用户/年 + 3个用户 × 6个月 × 999元/10/用户/月 = 4,795.20 元",
		"整个计划合计", "14,785.20 元", "现在 9,990.00 元 + 第6个月 4,795.20 元 = 14,785.20 元",
		"到期后续费（估算）", "第24个月期满后续费一年", "7,992.00 元/年", "8个用户 × 999元/用户/年 = 7,992.00 元/年",
		"按今日价目表（2026-11）估算。")
	en := renderPlan(t, examplePlan(), pricing.EN)
	mustContain(t, en,
		"Paid now", "¥9,990.00", "Paid at month 6", "¥4,795.20", " (1 year 6 months left)", "Whole plan", "¥14,785.20",
		"now ¥9,990.00 + month 6 ¥4,795.20 = ¥14,785.20",
		"Renewal at the end (estimate)", "Renewal for a year after month 24", "¥7,992.00 a year",
		"An estimate at today&#39;s list prices (2026-11).")
	if regexp.MustCompile(`\p{Han}`).MatchString(en) {
		t.Error("Chinese text in the English plan")
	}
	for _, html := range []string{zh, en} {
		if strings.Contains(html, "warning") {
			t.Error("the seed plan is complete")
		}
	}
}

// The timeline is an image for screen readers, named by pricing's text
// alternative, with a bar, the year tick and one row per mark.
func TestTimelineSeed(t *testing.T) {
	for _, lang := range []pricing.Lang{pricing.ZH, pricing.EN} {
		q := pricing.Default().Price(examplePlan(), today())
		tl := q.Plan().Timeline(lang)
		html := renderPlan(t, examplePlan(), lang)
		mustContain(t, html,
			`class="timeline"`, `<figcaption`, `role="img"`, `aria-labelledby="timeline-text"`,
			`id="timeline-text"`, strings.ReplaceAll(tl.Text, "'", "&#39;"),
			`class="tl-bar"`, `x1="50%"`, // the tick at 1 year of 2
			`id="timeline-mark-1"`, `id="timeline-mark-2"`, `id="timeline-mark-3"`,
			`cx="0%"`, `cx="25%"`, `cx="100%"`,
			`text-anchor="start"`, `text-anchor="end"`)
		if strings.Contains(html, "style=") {
			t.Error("the CSP forbids style attributes")
		}
		if n := strings.Count(html, `class="tl-row"`); n != len(tl.Marks) {
			t.Errorf("%d rows for %d marks", n, len(tl.Marks))
		}
	}
}

// Each mark's row lies below the last one's, so labels never overlap,
// even for additions one month apart.
func TestTimelineRowsDoNotOverlap(t *testing.T) {
	est := examplePlan()
	est.Lines = append(est.Lines, pricing.Line{Item: "chat-basic", Mode: pricing.Planned, Quantity: "1", After: "7"})
	html := renderPlan(t, est, pricing.EN)
	rows := regexp.MustCompile(`(?s)<g [^>]*class="tl-row"[^>]*>(.*?)</g>`).FindAllStringSubmatch(html, -1)
	if len(rows) != 4 {
		t.Fatalf("%d rows, want 4 (now, month 6, month 7, renewal)", len(rows))
	}
	ys := regexp.MustCompile(`<text[^>]*\sy="(\d+)"`)
	last := 0
	for i, r := range rows {
		for _, m := range ys.FindAllStringSubmatch(r[1], -1) {
			y := atoi(t, m[1])
			if y <= last {
				t.Errorf("row %d has text at y=%d, not below the previous text (y=%d)", i+1, y, last)
			}
			last = y
		}
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// Labels are aligned so that they have the most room inside the picture.
func TestTimelineAnchors(t *testing.T) {
	cases := map[int64]string{0: "start", 250: "start", 333: "start", 334: "middle", 500: "middle", 666: "middle", 667: "end", 1000: "end"}
	for p, want := range cases {
		if got := anchor(p); got != want {
			t.Errorf("anchor(%d) = %s, want %s", p, got, want)
		}
	}
	for p, want := range map[int64]string{0: "0%", 250: "25%", 333: "33.3%", 1000: "100%", -5: "0%", 1200: "100%"} {
		if got := percent(p); got != want {
			t.Errorf("percent(%d) = %s, want %s", p, got, want)
		}
	}
	if got := amountLines("9,000.00 元 + 价格请联系架构师"); len(got) != 2 || got[1] != "+ 价格请联系架构师" {
		t.Errorf("amountLines split into %q", got)
	}
}

// An incomplete plan says so, and the timeline's text alternative too.
func TestPlanIncomplete(t *testing.T) {
	est := examplePlan()
	est.Lines = append(est.Lines, pricing.Line{Item: "chat-basic", Mode: pricing.Planned, Quantity: "1", After: "24"})
	html := renderPlan(t, est, pricing.ZH)
	mustContain(t, html, t0(pricing.ZH, msgPlanIncomplete), "不完整", "14,785.20 元")
}

// The page: the line's third purchase type asks for the month, the plan
// section follows the estimate, and it is absent without planned additions.
func TestPageShowsPlan(t *testing.T) {
	html := render(t, examplePlan(), pricing.ZH)
	mustContain(t, html,
		`id="line2-mode-plan"`, "计划增购（新购后若干个月）",
		`id="line2-after"`, `value="6"`, "新购后第几个月增购",
		"从第 1 项新购起算，与其同时到期。",
		`id="plan"`, `id="plan-total"`, "14,785.20 元", `id="timeline-text"`)
	if strings.Contains(html, `id="line2-needs-term"`) {
		t.Error("a planned addition takes its term from the purchase, not the shared term")
	}
	if strings.Contains(html, `id="term"`) {
		t.Error("no running-account addition, so no shared term")
	}
	for _, est := range []pricing.Estimate{exampleNew(), exampleAdd()} {
		if html := render(t, est, pricing.ZH); strings.Contains(html, `id="plan"`) || strings.Contains(html, `id="line1-after"`) {
			t.Error("a plan section or month field without a planned addition")
		}
	}
}

// Errors of a planned addition stand next to their field (R14).
func TestPlannedAdditionErrors(t *testing.T) {
	est := examplePlan()
	est.Lines[1].After = "24"
	mustContain(t, render(t, est, pricing.ZH), `id="line2-after-error"`, "所跟随的新购有效期共 24 个月，增购须在第 1 至第 23 个月。")
	est.Lines[1].After = "0"
	mustContain(t, render(t, est, pricing.EN), `id="line2-after-error"`, "An addition comes at least 1 month after the purchase")
	est = pricing.Estimate{Lines: []pricing.Line{{Item: "chat-basic", Mode: pricing.Planned, Quantity: "3", After: "6"}}}
	mustContain(t, render(t, est, pricing.ZH), "本估算中没有可跟随的新购")
}

// The bar's ends are labelled; a year tick close to an end keeps its line
// but not its label, which would run into the end's.
func TestTimelineEndLabels(t *testing.T) {
	html := renderPlan(t, examplePlan(), pricing.ZH)
	mustContain(t, html, ">现在</text>", ">第24个月</text>", ">1年</text>")
	est := examplePlan()
	est.Lines[0].Years, est.Lines[1].After = "5", "6" // ticks at 200‰ … 800‰
	html = renderPlan(t, est, pricing.EN)
	mustContain(t, html, ">month 60</text>", ">2 yr</text>", ">3 yr</text>")
	for _, tick := range []string{">1 yr</text>", ">4 yr</text>"} {
		if strings.Contains(html, tick) {
			t.Errorf("tick label %s next to an end's label", tick)
		}
	}
	if n := strings.Count(html, `class="tl-tick"`); n != 4 {
		t.Errorf("%d year ticks, want 4", n)
	}
}
