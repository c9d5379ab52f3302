package e2e

import "testing"

// The source's worked example must come out exactly, with the same working
// (rules.md, "The source's worked example"; R6 for the new purchase, R7 for
// the addition).

const (
	exampleNewWorking = "5个用户 × 2年 × 999元/用户/年 = 9,990.00 元"
	exampleAddWorking = "3个用户 × 1年 × 999元/用户/年 + 3个用户 × 6个月 × 999元/10/用户/月 = 4,795.20 元"
)

func TestWorkedExampleIsTheDefaultPage(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.waitText(titleOf(1), "第 1 项 · 在线客服 基础版")
	p.waitText(amountOf(1), "9,990.00 元")
	p.waitText(workingOf(1), exampleNewWorking)
	p.waitText(total, "9,990.00 元")
	p.waitValue(labelled(line(1), "用户数"), "5")
	p.waitValue(labelled(line(1), "购买年限（年）"), "2")
	// Chinese is the default, and the language switch says so to screen readers.
	p.waitLanguage("简体中文")
	p.screenshot("default-zh")
}

// Six months later the same customer adds 3 users: 1 year 6 months remain (R7).
func TestWorkedExampleAdditionByHand(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.waitText(total, "9,990.00 元")

	p.clickLabel(line(1), "增购（有效期内增加）")
	p.waitShown(labelled(termSection, "剩余整年数"))
	p.fill(labelled(termSection, "剩余整年数"), "1")
	p.fill(labelled(termSection, "剩余月数（0–11）"), "6")
	p.fill(labelled(line(1), "用户数"), "3")

	p.waitText(css(termSection, "#term-result"), "剩余有效期：1年6个月")
	p.waitText(amountOf(1), "4,795.20 元")
	p.waitText(workingOf(1), exampleAddWorking)
	p.waitText(total, "4,795.20 元")
	p.screenshot("example-addition-zh")
}

func TestWorkedExampleAdditionButton(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.waitText(total, "9,990.00 元")

	p.openHelp()
	p.click(button(document, "示例：6 个月后增购 3 用户"))
	p.waitText(amountOf(1), "4,795.20 元")
	p.waitText(workingOf(1), exampleAddWorking)
	p.waitText(css(termSection, "#term-result"), "剩余有效期：1年6个月")
	p.waitText(total, "4,795.20 元")
	p.waitCount("section.line", 1)

	p.click(button(document, "示例：新购 5 用户 2 年"))
	p.waitText(amountOf(1), "9,990.00 元")
	p.waitText(workingOf(1), exampleNewWorking)
	p.waitText(total, "9,990.00 元")
}
