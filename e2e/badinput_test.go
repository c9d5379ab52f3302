package e2e

import "testing"

// Bad input in every numeric field: the message shows right next to the
// field, what was typed stays on screen, the other line keeps its values and
// amount, and the total says it is incomplete. Line 1 is always the worked
// example (9,990.00); line 2 or the shared term holds the bad value.

// badValue is something a visitor may type or paste into a count.
type badValue struct {
	name  string
	text  string
	paste bool // arrives at once, as from the clipboard or an input method
	msg   string
}

// badCounts are the bad values every count field refuses; the messages for
// empty, too small and too large depend on the field, so they come from the
// caller.
func badCounts(empty, tooSmall, tooLarge string) []badValue {
	return []badValue{
		{"empty", "", false, empty},
		{"zero", "0", false, tooSmall},
		{"negative", "-1", false, tooSmall},
		{"fraction", "2.5", false, "请输入整数。"},
		{"huge", "99999999999999999999999", false, tooLarge},
		{"letters", "abc", false, "请输入数字，例如 3。"},
		{"pasted text", "3 个用户", true, "请输入数字，例如 3。"},
	}
}

// lineOneIntact checks that the worked example on line 1 kept its values
// and amount, and that the total leaves out the bad line and says so.
func (p *page) lineOneIntact() {
	p.t.Helper()
	p.waitText(amountOf(1), "9,990.00 元")
	if got := p.value(labelled(line(1), usersLabel)); got != "5" {
		p.t.Errorf("line 1 用户数 = %q, want 5", got)
	}
	if got := p.value(labelled(line(1), yearsLabel)); got != "2" {
		p.t.Errorf("line 1 购买年限 = %q, want 2", got)
	}
	p.waitText(total, "9,990.00 元")
	p.waitText(css(summary, "#total-incomplete"), incomplete)
}

// checkBadValues enters each bad value into control and checks the page.
// Each value is entered into an emptied field, and the page must first show
// the empty field's state (emptyState), so a message left over from the
// value before can never pass for the new one.
func checkBadValues(t *testing.T, p *page, control el, emptyState func(), values []badValue) {
	for _, v := range values {
		t.Run(v.name, func(t *testing.T) {
			p := p.sub(t)
			p.clear(control)
			emptyState()
			if v.paste {
				p.pasteIn(control, v.text)
			} else {
				p.typeIn(control, v.text)
			}
			if v.msg == "" {
				p.waitNoFieldError(control)
			} else {
				p.waitFieldError(control, v.msg)
			}
			if got := p.value(control); got != v.text {
				t.Errorf("the field reads %q after the error, want what was typed, %q", got, v.text)
			}
			p.waitText(amountOf(2), "—")
			p.lineOneIntact()
		})
	}
}

// showsError is an emptyState: the field shows msg.
func (p *page) showsError(control el, msg string) func() {
	return func() { p.waitFieldError(control, msg) }
}

func TestBadQuantity(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.addLine()
	p.waitText(total, "12,987.00 元")
	users := labelled(line(2), usersLabel)
	checkBadValues(t, p, users, p.showsError(users, "请填写数量。"), append(badCounts("请填写数量。", "不能小于 1。", "不能大于 100,000。"),
		badValue{"over the limit", "100001", false, "不能大于 100,000。"},
		badValue{"below the minimum (R3)", "2", false, "新购最低 3个用户起售。"},
	))
	p.screenshot("bad-quantity")

	// Full-width digits from a Chinese input method are a number.
	p.paste(users, "５")
	p.waitNoFieldError(users)
	p.waitText(amountOf(2), "4,995.00 元")
	p.waitText(total, "14,985.00 元")
	p.waitGone(css(summary, "#total-incomplete"))
}

func TestBadYears(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.addLine()
	years := labelled(line(2), yearsLabel)
	checkBadValues(t, p, years, p.showsError(years, "请填写购买年限。"), append(badCounts("请填写购买年限。", "不能小于 1。", "不能大于 10。"),
		badValue{"over the upper bound (R6)", "11", false, "不能大于 10。"},
	))

	p.fill(years, "10")
	p.waitNoFieldError(years)
	p.waitText(amountOf(2), "29,970.00 元")
	p.waitText(total, "39,960.00 元")
	p.waitGone(css(summary, "#total-incomplete"))
}

// additionOnLineTwo makes line 2 an addition of 3 users with the worked
// example's term, 1 year 6 months (4,795.20).
func (p *page) additionOnLineTwo() {
	p.t.Helper()
	p.addLine()
	p.setMode(2, modeAdd)
	p.setTerm("1", "6")
	p.waitText(amountOf(2), "4,795.20 元")
	p.waitText(total, "14,785.20 元")
}

func TestBadTermYears(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.additionOnLineTwo()
	years := labelled(termSection, termYears)
	values := badCounts("请填写剩余整年数。", "不能小于 0。", "不能大于 10。")
	values = append(values[:1], values[2:]...) // 0 whole years is fine with months left
	checkBadValues(t, p, years, p.showsError(years, values[0].msg), values)

	// R7: the remaining term must be longer than zero.
	p.fill(years, "0")
	p.fill(labelled(termSection, termMonths), "0")
	p.waitFieldError(labelled(termSection, termMonths), "剩余有效期必须大于 0。")
	p.waitText(amountOf(2), "—")
	p.lineOneIntact()

	p.fill(years, "1")
	p.fill(labelled(termSection, termMonths), "6")
	p.waitNoFieldError(years)
	p.waitText(amountOf(2), "4,795.20 元")
	p.waitText(total, "14,785.20 元")
	p.waitGone(css(summary, "#total-incomplete"))
}

func TestBadTermMonths(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.additionOnLineTwo()
	months := labelled(termSection, termMonths)
	values := badCounts("请填写剩余月数。", "不能小于 0。", "不能大于 11。")
	values = append(values[:1], values[2:]...) // 0 months is fine with whole years left
	checkBadValues(t, p, months, p.showsError(months, values[0].msg), append(values,
		badValue{"a whole year", "12", false, "不能大于 11。"},
	))
	p.screenshot("bad-term-months")

	p.fill(months, "0")
	p.waitNoFieldError(months)
	p.waitText(amountOf(2), "2,997.00 元")
	p.waitText(total, "12,987.00 元")
	p.waitGone(css(summary, "#total-incomplete"))
}

// The pack advisor is not part of the estimate: a bad number of sessions
// shows its message and no advice, and the estimate is untouched.
func TestBadSessions(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	advisor := region("充值包推荐")
	sessions := labelled(advisor, "预计会话数（条）")
	result := css(advisor, "#advisor-result")
	values := badCounts("", "不能小于 1。", "不能大于 10,000,000,000。")[1:] // empty asks nothing: see below
	for _, v := range values {
		t.Run(v.name, func(t *testing.T) {
			p := p.sub(t)
			p.clear(sessions)
			p.waitNoFieldError(sessions) // the empty field's state
			if v.paste {
				p.pasteIn(sessions, v.text)
			} else {
				p.typeIn(sessions, v.text)
			}
			p.waitFieldError(sessions, v.msg)
			p.waitGone(result)
			p.waitGone(button(advisor, "加入估算"))
			p.waitText(amountOf(1), "9,990.00 元")
			p.waitText(total, "9,990.00 元")
			p.waitGone(css(summary, "#total-incomplete"))
		})
	}
	p.fill(sessions, "10000000001")
	p.waitFieldError(sessions, "不能大于 10,000,000,000。")

	// An empty field is the advisor's resting state: no advice, no message.
	p.fill(sessions, "")
	p.waitNoFieldError(sessions)
	p.waitGone(result)

	p.fill(sessions, "10000000000")
	p.waitNoFieldError(sessions)
	p.waitShown(result)
}
