package e2e

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"qidian-calculator/internal/chrome"
)

// screenTexts lists every piece of text a visitor can meet: text nodes
// (including the closed help and the print-only quote heading), option
// texts, the accessible names and hints in attributes, and the title. The
// language switch's names carry their own lang and are skipped.
const screenTexts = `(() => {
	const out = [];
	const skip = n => n.closest && n.closest('body [lang]:not(html)');
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		const p = n.parentElement;
		if (!p || skip(p) || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(p.tagName)) continue;
		const t = norm(n.textContent);
		if (t) out.push({text: t, where: p.tagName.toLowerCase() + (p.id ? '#' + p.id : p.className ? '.' + String(p.className).split(' ')[0] : '')});
	}
	for (const e of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], input[type=button], input[type=submit]')) {
		if (skip(e)) continue;
		for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'value']) {
			if (a === 'value' && !['button', 'submit'].includes(e.type)) continue;
			const t = norm(e.getAttribute(a));
			if (t) out.push({text: t, where: e.tagName.toLowerCase() + '[' + a + ']'});
		}
	}
	for (const g of document.querySelectorAll('optgroup[label]')) out.push({text: norm(g.label), where: 'optgroup[label]'});
	out.push({text: norm(document.title), where: 'title'});
	return out;
})()`

type screenText struct {
	Text  string `json:"text"`
	Where string `json:"where"`
}

var (
	// chinese matches Han characters and Chinese punctuation.
	chinese = regexp.MustCompile(`[\p{Han}\x{3000}-\x{303F}（），：；！？“”]`)
	// rawKey matches a message key shown instead of its text ("total.excludes").
	rawKey = regexp.MustCompile(`^[a-z]+(\.[a-zA-Z]+)+$`)
)

// checkTexts fails on raw message keys, fmt's %! markers and, in English,
// on any Chinese left in the page, 元 included: English writes ¥4,795.20.
func (p *page) checkTexts(state string, english bool) {
	p.t.Helper()
	for _, s := range eval[[]screenText](p, screenTexts) {
		switch {
		case rawKey.MatchString(s.Text):
			p.t.Errorf("%s: raw message key %q in %s", state, s.Text, s.Where)
		case strings.Contains(s.Text, "%!"):
			p.t.Errorf("%s: formatting error %q in %s", state, s.Text, s.Where)
		case english && chinese.MatchString(s.Text):
			p.t.Errorf("%s: Chinese left in English: %q in %s", state, s.Text, s.Where)
		}
	}
}

// busyEstimate puts most of what the page can show on screen, in Chinese:
// a new purchase, an addition (so the term is shown, capped at 10 months),
// a price-on-request line, a knowledge cloud missing its industry, a
// quantity below the minimum and an advice for packs.
func (p *page) busyEstimate() {
	p.t.Helper()
	n := p.addLine()
	p.chooseItem(n, "智能机器人 专业版")
	n = p.addLine()
	p.chooseItem(n, "行业知识云")
	n = p.addLine()
	p.setMode(n, modeAdd)
	p.setTerm("1", "10")
	n = p.addLine()
	p.fill(labelled(line(n), usersLabel), "2")
	p.waitFieldError(labelled(line(n), usersLabel), "新购最低 3个用户起售。")
	p.fill(labelled(region("充值包推荐"), "预计会话数（条）"), "1000000")
	p.waitShown(css(region("充值包推荐"), "#advisor-result"))
	p.waitShown(css(summary, "#total-excludes"))
	p.waitShown(css(summary, "#total-incomplete"))
}

func TestEnglishReplacesEveryText(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.waitText(total, "9,990.00 元")
	p.checkTexts("default, 简体中文", false)
	p.busyEstimate()
	p.checkTexts("busy estimate, 简体中文", false)

	p.chooseLanguage("English")
	p.waitText(el(`document.querySelector('h1')`), "Tencent Qidian Customer Service price calculator")
	p.waitFor(`<html lang="en">`, `document.documentElement.lang === 'en'`, `document.documentElement.lang`)
	p.waitText(titleOf(1), "Item 1 · Online chat Basic")
	p.waitText(workingOf(1), "5 users × 2 yr × ¥999/user/yr = ¥9,990.00")
	p.waitText(css(summary, "#total-excludes"), "Excludes price-on-request items.")
	p.checkTexts("busy estimate, English", true)
	p.screenshot("busy-en")

	// The term by dates has its own texts.
	p.clickLabel(termSection, "Dates")
	p.typeDate(labelled(termSection, "Account expiry date"), "2028-05-27")
	p.typeDate(labelled(termSection, "Day of the addition (default today)"), "2026-11-27")
	p.waitText(css(termSection, "#term-result"), "Remaining term: 1 year 6 months")
	p.checkTexts("term by dates, English", true)

	// The choice is remembered: after a reload, and on a visit without a link.
	p.reload()
	p.waitText(el(`document.querySelector('h1')`), "Tencent Qidian Customer Service price calculator")
	p.leave()
	p.openExample()
	p.waitText(el(`document.querySelector('h1')`), "Tencent Qidian Customer Service price calculator")
	p.waitLanguage("English")
	p.checkTexts("after reload, English", true)

	p.chooseLanguage("简体中文")
	p.waitText(el(`document.querySelector('h1')`), "腾讯企点客服 价格计算器")
	p.waitText(titleOf(1), "第 1 项 · 在线客服 基础版")
}

// A link opened in English says what is wrong in English.
func TestEnglishLinkNotice(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.open("/#v=1&lang=en&l=chat-basic,new,5,2&zz=1")
	p.waitFor("a notice naming the part of the link it could not read", `text(document.querySelector('.notice'))?.includes('zz=1')`,
		`text(document.querySelector('.notice'))`)
	p.waitText(amountOf(1), "¥9,990.00")
	p.checkTexts("tampered link, English", true)
}

// Issue 30: with no language chosen and none in the link, the page speaks
// the browser's; a remembered choice, and a link's lang, win over it.
func TestFirstVisitSpeaksTheBrowsersLanguage(t *testing.T) {
	t.Parallel()
	const enTitle, zhTitle = "Tencent Qidian Customer Service price calculator", "腾讯企点客服 价格计算器"
	inZH := pageLang{"简体中文", "zh", "zh-CN", "9,990.00 元", zhTitle}
	inEN := pageLang{"English", "en", "en", "¥9,990.00", enTitle}
	h1 := el(`document.querySelector('h1')`)

	// A browser set to English, on a fresh profile.
	en := newPageInBrowser(t, "accept-lang=en-US")
	// Before app.wasm runs, the server's Chinese page shows no Chinese.
	release := en.openHoldingAppWasm("/")
	en.waitFor("the page in English", `document.documentElement.lang === 'en'`, `document.documentElement.lang`)
	en.waitText(el(`document.getElementById('app-wasm-loader-label')`), "Starting the calculator 0%, ready to edit in a moment")
	en.waitFor("no Chinese text in view", `!/\p{Script=Han}/u.test(document.body.innerText)`, `document.body.innerText`)
	release()
	en.waitReady()
	en.waitPageLanguage("English", "en")
	en.waitText(h1, enTitle)
	en.leave()
	en.open(exampleLink)
	en.waitText(amountOf(1), "¥9,990.00")
	en.waitPageLanguage("English", "en")
	en.checkTexts("first visit, English browser", true)
	linkAndChoiceWin(en, inEN, inZH)

	// A browser set to Chinese opens in Chinese; a link's lang and a
	// remembered English win over it.
	zh := newPage(t)
	zh.open("/")
	zh.waitPageLanguage("简体中文", "zh")
	zh.waitText(h1, zhTitle)
	linkAndChoiceWin(zh, inZH, inEN)
}

// pageLang is a language as a test opens and sees it.
type pageLang struct{ name, class, linkLang, amount, title string }

// linkAndChoiceWin checks, in a browser whose language is own, that a
// link's lang wins for that link only, and that a chosen language is
// remembered over the browser's.
func linkAndChoiceWin(p *page, own, other pageLang) {
	p.t.Helper()
	p.leave()
	p.open("/#v=1&lang=" + other.linkLang + "&l=chat-basic,new,5,2")
	p.waitText(amountOf(1), other.amount)
	p.waitPageLanguage(other.name, other.class)
	p.leave()
	p.open("/")
	p.waitPageLanguage(own.name, own.class)
	p.chooseLanguage(other.name)
	p.leave()
	p.open("/")
	p.waitPageLanguage(other.name, other.class)
	p.waitText(el(`document.querySelector('h1')`), other.title)
}

// waitPageLanguage waits until the switch shows name as chosen and the
// page is marked with that language: <html lang> by the app, and its
// lang-en or lang-zh class by app.js before the app started, so the
// server's Chinese page did not show to an English visitor.
func (p *page) waitPageLanguage(name, short string) {
	p.t.Helper()
	p.waitLanguage(name)
	p.waitFor("<html> marked "+short,
		fmt.Sprintf(`document.documentElement.lang.startsWith(%[1]s) && document.documentElement.classList.contains('lang-' + %[1]s)`, jsString(short)),
		`document.documentElement.outerHTML.slice(0, 200)`)
}

// newPageInBrowser opens a tab in a Chromium of its own, on a fresh
// profile, started with args beyond the shared browser's: another
// language, say.
func newPageInBrowser(t *testing.T, args ...string) *page {
	t.Helper()
	b, err := chrome.Start(context.Background(), chrome.Options{Args: append([]string{"lang=en-US"}, args...)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Stop)
	return openTab(t, b.Tab, baseURL)
}
