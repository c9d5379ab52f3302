package app

import (
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// render mounts a calculator holding est in lang with go-app's test engine
// and returns its HTML, as the server prerenders it.
func render(t *testing.T, est pricing.Estimate, lang pricing.Lang) string {
	t.Helper()
	c := NewCalculator().(*calculator)
	c.edit.est, c.lang, c.start.opening = est, lang, false
	c.reprice()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return app.HTMLString(c)
}

func mustContain(t *testing.T, html string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(html, w) {
			t.Errorf("page lacks %q", w)
		}
	}
}

// The source's worked example renders priced, with its working, the
// product's facts and the help's examples.
func TestWorkedExampleRendersPriced(t *testing.T) {
	html := render(t, exampleNew(), pricing.ZH)
	mustContain(t, html,
		`id="total"`, "9,990.00 元",
		"5个用户 × 2年 × 999元/用户/年 = 9,990.00 元",
		"新购最低 3个用户起售", "与来自网页、微信公众号、小程序的访客实时会话",
		"示例：6 个月后增购 3 用户")
	if strings.Contains(html, "total-incomplete") {
		t.Error("the example is complete")
	}
	// HTML reads checked="false" and selected="false" as on: only true may be
	// written (aria-selected="false" is ARIA's, and means false).
	for _, bad := range []string{` checked="false"`, ` selected="false"`, ` disabled="false"`, ` hidden="false"`} {
		if strings.Contains(html, bad) {
			t.Errorf("prerendered page has %s", bad)
		}
	}
}

// R7, R9: an addition shows the shared term and the working of both parts.
func TestAdditionShowsTermAndWorking(t *testing.T) {
	html := render(t, exampleAdd(), pricing.ZH)
	mustContain(t, html, "剩余有效期：1年6个月", "4,795.20 元",
		"3个用户 × 1年 × 999元/用户/年 + 3个用户 × 6个月 × 999元/10/用户/月 = 4,795.20 元")
	html = render(t, exampleAdd(), pricing.EN)
	mustContain(t, html, "Remaining term: 1 year 6 months",
		"¥4,795.20", "3 users × 1 yr × ¥999/user/yr + 3 users × 6 mo × ¥999/10/user/mo = ¥4,795.20")
}

// R7: the cap note appears where the cap applied.
func TestCapNote(t *testing.T) {
	est := pricing.Estimate{Term: pricing.Term{Years: "0", Months: "11"}, Lines: []pricing.Line{{Item: "chat-basic", Mode: pricing.Add, Quantity: "1"}}}
	mustContain(t, render(t, est, pricing.ZH), "999.00 元", t0(pricing.ZH, msgCapped))
}

func t0(lang pricing.Lang, key msg) string { return t(lang, key) }

// Errors stand next to their field, the other lines keep their amounts and
// the total says it is incomplete.
func TestErrorsNextToFields(t *testing.T) {
	est := pricing.Estimate{Lines: []pricing.Line{
		{Item: "chat-basic", Mode: pricing.New, Quantity: "2", Years: "1"},
		{Item: "pack-120k", Quantity: "2"},
		{Item: "phone-standard", Quantity: "3", Years: "2.5"},
	}}
	html := render(t, est, pricing.ZH)
	mustContain(t, html,
		`id="line1-quantity-error"`, "新购最低 3个用户起售。",
		`id="line3-years-error"`, "请输入整数。",
		// go-app writes the value "true" as a bare attribute when prerendering;
		// in the browser it sets aria-invalid="true".
		` aria-invalid`, `aria-describedby="line1-quantity-error"`,
		"2套 × 1,600元/套 = 3,200.00 元",
		`value="2.5"`, // what was typed stays
		"total-incomplete")
	html = render(t, est, pricing.EN)
	mustContain(t, html, "A new purchase needs at least 3 users.", "Enter a whole number.")
}

// R11: price-on-request items show so and are left out of the total.
func TestPriceOnRequest(t *testing.T) {
	est := pricing.Estimate{Lines: []pricing.Line{
		{Item: "bot-pro", Mode: pricing.New, Quantity: "1", Years: "1"},
		{Item: "chat-basic", Mode: pricing.New, Quantity: "3", Years: "1"},
	}}
	html := render(t, est, pricing.ZH)
	mustContain(t, html, "价格请联系架构师", "2,997.00 元", "total-excludes", t0(pricing.ZH, msgTotalExcludes))
}

// The knowledge cloud offers its three industries.
func TestIndustryChoice(t *testing.T) {
	est := pricing.Estimate{Lines: []pricing.Line{{Item: "knowledge-cloud", Quantity: "1"}}}
	html := render(t, est, pricing.ZH)
	mustContain(t, html, "电商", "HRSSC", "教育（含高校）", `id="line1-industry-error"`)
}

// Every message has both languages, taking the same arguments. (A key the
// code uses but the table lacks does not compile: keys are constants.)
func TestMessageTableComplete(t *testing.T) {
	for k, m := range messages {
		if strings.TrimSpace(m[0]) == "" || strings.TrimSpace(m[1]) == "" {
			t.Errorf("message %d is missing a language: %q", k, m)
		}
		if strings.Count(m[0], "%") != strings.Count(m[1], "%") {
			t.Errorf("message %q: the languages take different arguments", m[0])
		}
	}
}

// No state shows a raw message key, in either language.
func TestNoRawKeysOnScreen(t *testing.T) {
	states := []pricing.Estimate{exampleNew(), exampleAdd(),
		{Term: pricing.Term{Basis: pricing.ByDates, Expiry: "2028-05-27", From: "2026-11-27"}, Lines: []pricing.Line{{Item: "bot-standard", Mode: pricing.Add, Quantity: "x"}}},
		{Lines: []pricing.Line{{Item: "nope", Quantity: ""}}},
		{},
	}
	for _, est := range states {
		for _, lang := range []pricing.Lang{pricing.ZH, pricing.EN} {
			html := render(t, est, lang)
			if i := strings.Index(html, "%!"); i >= 0 {
				t.Errorf("a message was formatted with the wrong arguments: %s", html[i:min(len(html), i+60)])
			}
			if strings.Contains(html, "%!") || strings.Contains(html, "(MISSING)") {
				t.Errorf("a message lacks its arguments (%s)", lang)
			}
		}
	}
}

// In English, no Chinese is left in the page's own text.
func TestEnglishHasNoChinese(t *testing.T) {
	html := render(t, exampleAdd(), pricing.EN)
	html = strings.ReplaceAll(html, "简体中文", "") // the language button names itself
	han := regexp.MustCompile(`\p{Han}+`)
	if m := han.FindAllString(html, 5); len(m) > 0 {
		t.Errorf("Chinese text in the English page: %v", m)
	}
}

// The summary lists each line's amount and the total, and says when
// price-on-request items are left out (R11); the total is not itself a live
// region (it would speak on every keystroke), a hidden one announces it.
func TestSummaryMatches(t *testing.T) {
	est := pricing.Estimate{Lines: []pricing.Line{
		{Item: "chat-basic", Quantity: "5", Years: "2"}, {Item: "coldstart", Quantity: "1"},
	}}
	html := render(t, est, pricing.ZH)
	total := regexp.MustCompile(`<[^>]* id="total"[^>]*>([^<]*)<`) // go-app writes attributes in no fixed order
	if m := total.FindStringSubmatch(html); m == nil || m[1] != "9,990.00 元" {
		t.Errorf("the total reads %q, want 9,990.00 元", m)
	}
	mustContain(t, html,
		"第 1 项 · 在线客服 基础版", "知识库冷启动实施服务", t0(pricing.ZH, msgTotalExcludes), `id="total-announce"`)
	html = render(t, est, pricing.EN)
	if m := total.FindStringSubmatch(html); m == nil || m[1] != "¥9,990.00" {
		t.Errorf("the English total reads %q, want ¥9,990.00", m)
	}
}

// Nothing priced reads "—" and why, never 0.00.
func TestEmptyTotalIsADash(t *testing.T) {
	mustContain(t, render(t, pricing.Estimate{}, pricing.ZH), `>—<`, t0(pricing.ZH, msgTotalWhyEmpty))
	html := render(t, pricing.Estimate{Lines: []pricing.Line{{Item: "chat-basic", Quantity: "", Years: "1"}}}, pricing.ZH)
	mustContain(t, html, t0(pricing.ZH, msgTotalWhyErrors))
	if strings.Contains(html, "0.00 元") {
		t.Error("an estimate with nothing priced shows 0.00")
	}
}

// The server's page cannot know the visitor's estimate: it shows the
// products and a neutral "opening" state, no example numbers.
func TestPrerenderedPageShowsNoNumbers(t *testing.T) {
	c := NewCalculator().(*calculator)
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	html := app.HTMLString(c)
	mustContain(t, html, `class="only-zh"`, `>正在打开您的估算…</span>`, `class="only-en"`, `>Opening your estimate…</span>`,
		"999元/用户/年", "价格请联系架构师")
	for _, bad := range []string{"9,990.00", "0.00 元"} {
		if strings.Contains(html, bad) {
			t.Errorf("prerendered page shows %q", bad)
		}
	}
}
