package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The traps of issue 12: each once made a quote the visitor did not ask
// for, or hid what it costs.

// An addition is priced only from a term the visitor gave: the line says
// what is missing, next to it, and adds nothing until then.
func TestAdditionNeedsATermTheVisitorGave(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.open("/")
	p.click(button(document, "新建估算"))
	p.waitCount("section.line", 0) // or the lines counted below may be the old estimate's
	for p.count("section.line") < 3 {
		p.addLine()
	}
	p.chooseItem(3, "智能机器人 标准版")
	p.setMode(3, modeAdd)
	p.waitText(amountOf(3), "—")
	p.waitShown(css(line(3), ".line-note"))
	p.waitText(total, "5,994.00 元") // lines 1 and 2 only
	p.setTerm("1", "6")
	p.waitText(amountOf(3), "9,280.00 元")
	p.waitGone(css(line(3), ".line-note"))
	p.waitText(total, "15,274.00 元")
}

// Another product starts at its own smallest purchase, not at the numbers
// typed for the one before.
func TestProductChangeStartsAtItsSmallestPurchase(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	n := p.addLine()
	p.fill(labelled(line(n), usersLabel), "7")
	p.fill(labelled(line(n), yearsLabel), "3")
	p.chooseItem(n, "会话充值包 12万条")
	p.waitValue(labelled(line(n), setsLabel), "1")
	p.waitText(amountOf(n), "1,600.00 元")
	p.chooseItem(n, "在线客服 专业版")
	p.waitValue(labelled(line(n), usersLabel), "3")
	p.waitValue(labelled(line(n), yearsLabel), "1")
	p.waitText(amountOf(n), "9,000.00 元")
}

// After a reload, the fields show what the estimate holds: empty stays
// empty, with its message, never the prerendered example's numbers.
func TestReloadShowsWhatIsHeld(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.clear(labelled(line(1), usersLabel))
	p.clear(labelled(line(1), yearsLabel))
	p.waitFieldError(labelled(line(1), usersLabel), "请填写数量。")
	p.reload()
	p.waitFieldError(labelled(line(1), usersLabel), "请填写数量。")
	p.waitFieldError(labelled(line(1), yearsLabel), "请填写购买年限。")
	p.waitValue(labelled(line(1), usersLabel), "")
	p.waitValue(labelled(line(1), yearsLabel), "")
	p.waitText(total, "—")
}

// A total with nothing priced is "—" and says why, never 0.00.
func TestNothingPricedShowsADash(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.clear(labelled(line(1), usersLabel))
	p.waitText(total, "—")
	p.waitText(css(summary, "#total-why"), "还没有可计价的项目：请先更正标出的输入。")
	p.click(button(document, "新建估算"))
	p.waitText(total, "—")
	p.waitText(css(summary, "#total-why"), "估算中还没有项目：在“产品与价格”中选择“加入估算”。")
	p.chooseLanguage("English")
	p.waitText(total, "—")
	p.waitText(css(el(`document.querySelector('section.summary')`), "#total-why"), "The estimate is empty: choose “Add to estimate” under Products and prices.")
}

// 新建估算 starts empty, and the pack advisor forgets what it added.
func TestNewEstimateStartsEmpty(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	advisor := region("充值包推荐")
	p.fill(labelled(advisor, "预计会话数（条）"), "1000000")
	p.click(button(advisor, "加入估算"))
	p.waitText(css(advisor, ".note"), "已加入估算。")
	p.waitGone(button(advisor, "加入估算")) // a second click would add the packs again
	p.waitCount("section.line", 3)

	p.click(button(document, "新建估算"))
	p.waitCount("section.line", 0)
	p.waitText(total, "—")
	p.waitGone(css(advisor, ".note"))
	p.waitShown(button(advisor, "加入估算"))
	p.reload()
	p.waitCount("section.line", 0)
	p.waitText(total, "—")
}

// Products first: every edition is a card with its price, and adds itself
// to the estimate; on-request editions say so.
func TestProductsAreCardsThatAddToTheEstimate(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	products := region("产品与价格")
	p.waitShown(products)
	// A visitor sees one product's editions at a time: go through the tabs.
	cards := 0
	for _, name := range eval[[]string](p, `[...document.querySelectorAll('[role=tab]')].map(text)`) {
		p.click(tab(products, name))
		p.waitFor(name+" chosen", `text(document.querySelector('[role=tab][aria-selected=true]')) === `+jsString(name),
			`text(document.querySelector('[role=tab][aria-selected=true]'))`)
		cards += eval[int](p, `[...document.querySelectorAll('.edition')].filter(visible).length`)
		if name == "智能机器人" {
			if got := p.textOf(el(`[...document.querySelectorAll('.edition')].find(e => visible(e) && text(e.querySelector('h3')) === '专业版' && text(e).includes('价格请联系架构师'))`)); got == "" {
				t.Error("the on-request 智能机器人 专业版 card does not say 价格请联系架构师")
			}
		}
	}
	if cards != 13 {
		t.Errorf("%d edition cards over the products' tabs, want the catalog's 13", cards)
	}
	p.click(tab(products, "电话客服"))
	p.click(button(products, "＋ 加入估算：电话客服 企业版"))
	p.waitCount("section.line", 2)
	p.waitText(titleOf(2), "第 2 项 · 电话客服 企业版")
	p.waitText(amountOf(2), "10,800.00 元") // 3 users × 1 year × 3,600
	p.waitText(total, "20,790.00 元")
	p.waitText(css(summary, ".summary-lines"), "第 1 项 · 在线客服 基础版9,990.00 元第 2 项 · 电话客服 企业版10,800.00 元")
}

// The total is in view while a field is edited, on a phone and a laptop.
func TestTotalStaysInViewWhileEditing(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	for i := 0; i < 3; i++ {
		p.addLine()
	}
	for _, v := range viewports {
		opts := []chromedp.EmulateViewportOption{}
		if v.mobile {
			opts = append(opts, chromedp.EmulateMobile)
		}
		p.step("viewport "+v.name, chromedp.EmulateViewport(v.width, v.height, opts...))
		users := labelled(line(4), usersLabel)
		eval[bool](p, `(() => { `+string(users)+`.scrollIntoView({block: 'center'}); return true; })()`)
		p.fill(users, "4")
		p.waitText(amountOf(4), "3,996.00 元")
		p.waitFor(v.name+": the total in view and on top", `(() => {
			const t = document.getElementById('total'), b = t.getBoundingClientRect();
			return b.width > 0 && b.top >= 0 && b.bottom <= innerHeight &&
				t.contains(document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2));
		})()`, `document.getElementById('total').getBoundingClientRect().toJSON()`)
		p.waitText(total, "19,980.00 元")
		p.fill(users, "3")
	}
	p.step("reset viewport", chromedp.ResetViewport())
}

// Keyboard: arrows change 新购/增购 and keep focus; adding a line moves
// focus into it; removing one moves focus to the line in its place.
func TestKeyboardFocusStaysWhereTheVisitorIs(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	active := `document.activeElement && document.activeElement.id`
	p.step("focus 新购", chromedp.Focus(el(`document.getElementById('line1-mode-new')`).sel()))
	p.step("arrow to 增购", chromedp.KeyEvent(kb.ArrowRight))
	p.waitGone(labelled(line(1), yearsLabel))
	p.waitFor("focus on 增购", active+` === 'line1-mode-add'`, active)

	p.step("focus add", chromedp.Focus(button(document, "＋ 加入估算").sel()))
	p.step("press Enter", chromedp.KeyEvent(kb.Enter))
	p.waitCount("section.line", 2)
	p.waitFor("focus on the new line", active+` === 'line2-item'`, active)
	p.step("press Enter again", chromedp.Focus(button(document, "＋ 加入估算").sel()), chromedp.KeyEvent(kb.Enter))
	p.waitCount("section.line", 3)

	p.step("focus remove 2", chromedp.Focus(el(`document.querySelector('#line2-card .btn-remove')`).sel()))
	p.step("press Enter", chromedp.KeyEvent(kb.Enter))
	p.waitCount("section.line", 2)
	p.waitFor("focus on the line in its place", active+` === 'line2-item'`, active)
	p.step("focus remove 2", chromedp.Focus(el(`document.querySelector('#line2-card .btn-remove')`).sel()))
	p.step("press Enter", chromedp.KeyEvent(kb.Enter))
	p.waitCount("section.line", 1)
	p.waitFor("focus on the line before", active+` === 'line1-item'`, active)
}

// The total is announced once per change: not while typing, once the
// field is left.
func TestTotalIsAnnouncedOncePerChange(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	liveRegion := `(document.getElementById('total-announce') || document.getElementById('total').closest('[aria-live]'))`
	p.waitFor("the live region to hold the opened total", `text(`+liveRegion+`).includes('9,990.00 元')`, `text(`+liveRegion+`)`)
	eval[bool](p, `(() => {
		const live = `+liveRegion+`;
		window.announced = [];
		new MutationObserver(() => window.announced.push(text(live))).observe(live, {subtree: true, childList: true, characterData: true});
		return true;
	})()`)
	users := labelled(line(1), usersLabel)
	p.step("type", chromedp.Focus(users.sel()), chromedp.KeyEvent(kb.End), chromedp.KeyEvent("0"), chromedp.KeyEvent("0"))
	p.waitText(total, "999,000.00 元") // 500 users × 2 years
	p.settle()
	if got := eval[[]string](p, `window.announced`); len(got) != 0 {
		t.Errorf("announced while typing: %q", got)
	}
	p.step("leave the field", chromedp.KeyEvent(kb.Tab))
	p.waitFor("one announcement", `window.announced.length >= 1 && window.announced.at(-1).includes('999,000.00 元')`, `window.announced`)
	p.settle()
	if got := eval[[]string](p, `window.announced`); len(got) != 1 {
		t.Errorf("announced %d times for one change: %q", len(got), got)
	}
}

// openMore opens the summary's menu of files.
func (p *page) openMore() {
	p.t.Helper()
	eval[bool](p, `(document.querySelector('details.more').open = true)`)
}

// openHelp opens the help notes, where the worked examples are.
func (p *page) openHelp() {
	p.t.Helper()
	eval[bool](p, `(document.getElementById('help').open = true)`)
}

// The catalog is a row of products as tabs (arrow keys, Home and End move
// between them) showing one product's editions, so the estimate starts on
// the first screen; an edition added from a card shows its new line, above
// the bottom bar on a phone, and focus stays on the card's button.
func TestProductsAsTabsKeepTheEstimateInView(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	active := `document.activeElement && norm(document.activeElement.textContent)`
	inView := func(n int) string {
		return `(() => {
			const r = ` + string(line(n)) + `.getBoundingClientRect();
			const bar = document.querySelector('section.summary').getBoundingClientRect();
			const bottom = bar.top > innerHeight / 2 ? bar.top : innerHeight;
			return r.height > 0 && r.top >= 0 && r.bottom <= bottom;
		})()`
	}
	where := `JSON.stringify({line: [...document.querySelectorAll('section.line')].map(e => e.getBoundingClientRect().toJSON()), bar: document.querySelector('section.summary').getBoundingClientRect().toJSON(), h: innerHeight})`
	for _, v := range viewports {
		opts := []chromedp.EmulateViewportOption{}
		if v.mobile {
			opts = append(opts, chromedp.EmulateMobile)
		}
		p.step("viewport "+v.name, chromedp.EmulateViewport(v.width, v.height, opts...))
		p.openExample()
		products := region("产品与价格")
		p.waitText(total, "9,990.00 元")
		if v.name == "1280" {
			p.waitFor("the estimate and its line on the first screen",
				`scrollY === 0 && document.getElementById('lines-heading').getBoundingClientRect().bottom < innerHeight && `+inView(1),
				where)
		}
		p.waitFor("在线客服 chosen", `document.querySelector('[role=tab][aria-selected=true]').textContent === '在线客服'`,
			`document.querySelector('[role=tab][aria-selected=true]').textContent`)

		p.step("focus 在线客服", chromedp.Focus(tab(products, "在线客服").sel()))
		p.step("arrow right", chromedp.KeyEvent(kb.ArrowRight))
		p.waitFor("focus on 电话客服", active+` === '电话客服' && document.activeElement.getAttribute('aria-selected') === 'true'`, active)
		p.waitShown(button(products, "＋ 加入估算：电话客服 企业版"))
		p.waitGone(button(products, "＋ 加入估算：在线客服 基础版"))
		p.step("End", chromedp.KeyEvent(kb.End))
		p.waitFor("focus on the last product", active+` === '知识库冷启动实施服务'`, active)
		p.waitShown(el(`[...document.querySelectorAll('.edition')].find(e => visible(e) && text(e).includes('价格请联系架构师'))`))
		p.step("arrow right from the last", chromedp.KeyEvent(kb.ArrowRight))
		p.waitFor("focus back on the first", active+` === '在线客服'`, active)
		p.step("arrow left, Home, arrow left x4", chromedp.KeyEvent(kb.ArrowLeft), chromedp.KeyEvent(kb.Home),
			chromedp.KeyEvent(kb.ArrowLeft), chromedp.KeyEvent(kb.ArrowLeft), chromedp.KeyEvent(kb.ArrowLeft), chromedp.KeyEvent(kb.ArrowLeft))
		p.waitFor("focus on 智能机器人", active+` === '智能机器人'`, active)

		add := button(products, "＋ 加入估算：智能机器人 标准版")
		p.step("focus the card's button", chromedp.Focus(add.sel()))
		p.step("press Enter", chromedp.KeyEvent(kb.Enter))
		p.waitCount("section.line", 2)
		p.waitText(titleOf(2), "第 2 项 · 智能机器人 标准版")
		p.waitFor(v.name+": the new line in view", inView(2), where)
		p.waitFor("focus still on the card's button", `document.activeElement === `+string(add), active)
		p.screenshotView("catalog-added-" + v.name)
		p.step("forget the estimate", chromedp.Evaluate[chromedp.Void](`localStorage.clear(), sessionStorage.clear()`))
	}
	p.step("reset viewport", chromedp.ResetViewport())
}
