package e2e

import (
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

var latinWord = regexp.MustCompile(`[A-Za-z]{2,}`)

// The estimate is kept in this browser on every change, and in the URL
// fragment once typing pauses; on load a shared link wins over what the
// browser kept, and the page's own (possibly lagging) fragment does not.

func TestEstimateSurvivesReload(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.fill(labelled(line(1), usersLabel), "7")
	p.waitText(amountOf(1), "13,986.00 元")
	p.addLine()
	p.waitText(total, "16,983.00 元")

	check := func() {
		t.Helper()
		p.waitValue(labelled(line(1), usersLabel), "7")
		p.waitText(amountOf(1), "13,986.00 元")
		p.waitText(amountOf(2), "2,997.00 元")
		p.waitText(total, "16,983.00 元")
	}
	p.reload()
	check()

	// Without the fragment the browser's copy brings it back.
	p.leave()
	p.open("/")
	check()
}

// A reload that begins just before the address bar catches up carries the
// link before the latest. It is still this tab's own, so the newer saved
// estimate opens and nothing typed since is lost; it used to open the older
// link and save it over the newer estimate.
func TestReloadRacingTheAddressBarKeepsTheLatestEdit(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.fill(labelled(line(1), usersLabel), "7")
	p.waitText(amountOf(1), "13,986.00 元")
	p.waitFor("the address bar to hold 7 users", `/,7,/.test(location.hash) && !location.hash.includes('&l=', location.hash.indexOf('&l=') + 1)`, `location.hash`)
	older := eval[string](p, "location.hash")
	p.addLine()
	p.waitFor("the address bar to hold two lines", `location.hash.split('&l=').length === 3`, `location.hash`)
	// The URL a reload carries when it begins before that last write.
	p.step("rewind the address bar", chromedp.Evaluate[chromedp.Void](`history.replaceState(null, '', '/' + `+jsString(older)+`)`))
	p.reload()
	p.waitCount("section.line", 2)
	p.waitValue(labelled(line(1), usersLabel), "7")
	p.waitText(amountOf(2), "2,997.00 元")
	p.waitText(total, "16,983.00 元")
}

// Tabs keep their own work: a reload brings back the estimate this tab has
// open, even when another tab of the same browser opened and edited another
// one since.
func TestReloadKeepsThisTabsEstimate(t *testing.T) {
	t.Parallel()
	maker, opener := twoTabsOnSevenUsers(t)
	opener.click(button(document, "新建估算"))
	opener.click(el(`document.getElementById('add-chat-pro')`))
	opener.waitText(total, "9,000.00 元")
	maker.reload()
	maker.waitValue(labelled(line(1), usersLabel), "7")
	maker.waitText(total, "13,986.00 元")
	opener.reload()
	opener.waitText(total, "9,000.00 元")
}

// Two tabs on one estimate share it: what one types, the other shows at
// once (it was not editing), and after a reload.
func TestTabsOnOneEstimateShareIt(t *testing.T) {
	t.Parallel()
	maker, opener := twoTabsOnSevenUsers(t)
	opener.waitFor("the address bar to hold 7 users", `/,7,/.test(location.hash)`, `location.hash`)
	maker.fill(labelled(line(1), usersLabel), "9")
	maker.waitText(total, "17,982.00 元")
	opener.waitText(total, "17,982.00 元")
	opener.waitFor("the notice that another tab changed it", `/另一个标签页/.test(text(document.getElementById('notice-text')))`, `text(document.getElementById('notice'))`)
	opener.reload()
	opener.waitValue(labelled(line(1), usersLabel), "9")
	opener.waitText(total, "17,982.00 元")
}

// twoTabsOnSevenUsers makes an estimate of 7 users in one tab, which then
// holds its link in the address bar, and opens a second tab, which starts
// from the browser's copy of it.
func twoTabsOnSevenUsers(t *testing.T) (maker, opener *page) {
	t.Helper()
	maker = newPage(t)
	maker.openExample()
	maker.fill(labelled(line(1), usersLabel), "7")
	maker.waitText(total, "13,986.00 元")
	maker.waitFor("the address bar to hold 7 users", `/,7,/.test(location.hash)`, `location.hash`)
	opener = maker.newTab()
	opener.open("/")
	opener.waitValue(labelled(line(1), usersLabel), "7")
	return maker, opener
}

func TestShareLinkOpensItsEstimate(t *testing.T) {
	t.Parallel()
	link := "/#v=1&t=1,6&l=phone-standard,new,4,3&l=chat-basic,add,2"
	p := newPage(t)
	// Something else is saved in this browser first: the link must win.
	p.openExample()
	p.fill(labelled(line(1), usersLabel), "7")
	p.waitText(total, "13,986.00 元")
	p.leave()

	p.open(link)
	p.waitText(titleOf(1), "第 1 项 · 电话客服 标准版")
	p.waitText(amountOf(1), "18,000.00 元") // 4 × 3 × 1500
	p.waitText(titleOf(2), "第 2 项 · 在线客服 基础版")
	p.waitText(amountOf(2), "3,196.80 元") // 2 × 999 + 2 × 6 × 99.9 (R7)
	p.waitText(css(termSection, "#term-result"), "剩余有效期：1年6个月")
	p.waitText(total, "21,196.80 元")
	p.waitCount("section.line", 2)
}

// The address bar is the share link: a copy opens the same estimate in
// another browser.
func TestAddressBarIsAShareLink(t *testing.T) {
	t.Parallel()
	a := newPage(t)
	a.openExample()
	a.chooseItem(1, "电话客服 企业版")
	a.fill(labelled(line(1), usersLabel), "5") // a new product starts at its minimum
	a.fill(labelled(line(1), yearsLabel), "2")
	a.addLine()
	a.chooseItem(2, "智能机器人 专业版")
	a.addLine()
	a.chooseItem(3, "行业知识云")
	a.choose(labelled(line(3), "行业"), "HRSSC")
	a.fill(labelled(line(3), setsLabel), "1")
	a.waitText(total, "51,000.00 元") // 5 × 2 × 3600 + 15000
	a.waitText(css(summary, "#total-excludes"), excludesNote)
	// The address bar follows once typing pauses; the last edit set the
	// third line's sets to 1, after its industry.
	a.waitFor("the address bar to hold the last edit", `/^[^,]+,[^,]*,1,[^,]*,hrssc$/.test(location.hash.split('&l=')[3] || '')`, `location.hash`)
	href := eval[string](a, "location.href")
	u, err := url.Parse(href)
	if err != nil || !strings.HasPrefix(u.Fragment, "v=1") {
		t.Fatalf("address bar %q has no share fragment", href)
	}

	b := newPage(t) // another browser: nothing saved
	b.open("/#" + u.EscapedFragment())
	b.waitText(titleOf(1), "第 1 项 · 电话客服 企业版")
	b.waitText(amountOf(1), "36,000.00 元")
	b.waitText(amountOf(2), onRequest)
	b.waitText(titleOf(3), "第 3 项 · 行业知识云")
	b.waitValue(labelled(line(3), "行业"), "hrssc")
	b.waitText(total, "51,000.00 元")
	b.waitText(css(summary, "#total-excludes"), excludesNote)
}

// A tampered or damaged link opens with a message and keeps what it could read.
func TestTamperedLinks(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	notice := el(`document.querySelector('.notice[role=alert]')`)

	t.Run("unknown part", func(t *testing.T) {
		p := p.sub(t)
		p.open("/#v=1&l=chat-basic,new,5,2&zz=1")
		p.waitFor("a notice naming the part of the link it could not read",
			`text(`+string(notice)+`)?.includes("zz=1")`, `text(`+string(notice)+`)`)
		p.waitText(amountOf(1), "9,990.00 元")
		p.waitText(total, "9,990.00 元")
		p.waitCount("section.line", 1)
		p.screenshot("tampered-link")
		// The visitor reads Chinese: only the link's own text may be in
		// another script.
		msg := strings.ReplaceAll(p.textOf(notice), "zz=1", "")
		if w := latinWord.FindString(msg); w != "" || !chinese.MatchString(msg) {
			t.Errorf("the notice %q is not Chinese throughout (found %q)", p.textOf(notice), w)
		}
	})
	t.Run("bad quantity", func(t *testing.T) {
		p := p.sub(t)
		p.leave()
		p.open("/#v=1&l=chat-basic,new,5,2&l=chat-basic,new,3x,1")
		p.waitFieldError(labelled(line(2), usersLabel), "请输入数字，例如 3。")
		p.waitValue(labelled(line(2), usersLabel), "3x")
		p.waitText(amountOf(1), "9,990.00 元")
		p.waitText(total, "9,990.00 元")
		p.waitText(css(summary, "#total-incomplete"), incomplete)
	})
	t.Run("unknown item", func(t *testing.T) {
		p := p.sub(t)
		p.leave()
		p.open("/#v=1&l=chat-basic,new,5,2&l=chat-ultra,new,3,1")
		p.waitFieldError(labelled(line(2), itemSelect), "价目表中没有“chat-ultra”。")
		p.waitText(amountOf(1), "9,990.00 元")
		p.waitText(total, "9,990.00 元")
	})
	t.Run("newer format", func(t *testing.T) {
		p := p.sub(t)
		p.leave()
		p.open("/#v=2&l=chat-basic,new,5,2")
		p.waitText(notice, "此估算由更新版本的计算器生成，请刷新页面后再打开。")
	})
}

// The copied link is the estimate on screen, even when the visitor copies
// it straight after an edit, before the address bar has followed.
func TestCopiedLinkHoldsTheLatestEdit(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	eval[bool](p, `(Object.defineProperty(navigator.clipboard, 'writeText', {
		value: text => { window.copied = text; return Promise.resolve(); },
	}), true)`)
	// One task: go-app handles the edit and then the click, well within
	// the address bar's pause.
	eval[bool](p, `(() => {
		const q = document.getElementById('line1-quantity');
		q.value = '7';
		q.dispatchEvent(new Event('input', { bubbles: true }));
		document.getElementById('copy-link').click();
		return true;
	})()`)
	p.waitFor("the link to be copied", `typeof window.copied === 'string'`, `window.copied`)
	copied := eval[string](p, `window.copied`)
	if href := eval[string](p, `location.href`); href != copied {
		t.Errorf("the address bar shows %q, not the copied link %q", href, copied)
	}
	u, err := url.Parse(copied)
	if err != nil || !strings.Contains(u.EscapedFragment(), "&l=chat-basic,new,7,2") {
		t.Fatalf("copied %q, want a link to 7 users for 2 years", copied)
	}
	b := newPage(t)
	b.open("/#" + u.EscapedFragment())
	b.waitText(total, "13,986.00 元")
}
