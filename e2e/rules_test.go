package e2e

import (
	"fmt"
	"testing"
)

// One scenario per product and rule family, each checked by the amounts on
// screen. Rule ids are those of shared/rules.md.

const (
	itemSelect   = "产品与版本"
	usersLabel   = "用户数"
	botsLabel    = "机器人个数"
	setsLabel    = "套数"
	yearsLabel   = "购买年限（年）"
	modeNew      = "新购"
	modeAdd      = "增购（有效期内增加）"
	termYears    = "剩余整年数"
	termMonths   = "剩余月数（0–11）"
	expiryLabel  = "账号到期日期"
	fromLabel    = "增购日期（默认今天）"
	incomplete   = "估算不完整：请先更正标出的输入，合计暂不包含这些项目。"
	excludesNote = "不含“价格请联系架构师”的项目。"
	onRequest    = "价格请联系架构师"
)

// nothingPriced is why the total is "—" when no line can be priced; the
// summary then says it in place of incomplete.
const nothingPriced = "还没有可计价的项目：请先更正标出的输入。"

// setTerm gives the shared remaining term as years and months (R7, R9).
func (p *page) setTerm(years, months string) {
	p.t.Helper()
	p.clickLabel(termSection, "按年月")
	p.fill(labelled(termSection, termYears), years)
	p.fill(labelled(termSection, termMonths), months)
}

// setMode picks 新购 or 增购 on line n and waits for the page to show it:
// the years field comes with a new purchase and goes with an addition.
func (p *page) setMode(n int, mode string) {
	p.t.Helper()
	p.clickLabel(line(n), mode)
	if mode == modeNew {
		p.waitShown(labelled(line(n), yearsLabel))
	} else {
		p.waitGone(labelled(line(n), yearsLabel))
	}
}

// chooseItem picks a product and edition on line n and waits for the
// line's heading to name it.
func (p *page) chooseItem(n int, item string) {
	p.t.Helper()
	p.choose(labelled(line(n), itemSelect), item)
	p.waitText(titleOf(n), fmt.Sprintf("第 %d 项 · %s", n, item))
}

// addLine clicks "＋ 加入估算" and waits for the new card: chat basic, 3 users, 1 year.
func (p *page) addLine() int {
	p.t.Helper()
	n := p.count("section.line") + 1
	p.click(button(document, "＋ 加入估算"))
	// The new card first: amountOf a card not drawn yet reads the page's
	// first amount, which may be 2,997.00 元 too.
	p.waitCount("section.line", n)
	p.waitText(amountOf(n), "2,997.00 元")
	return n
}

// Every annual product, new and added, priced from the catalog (R2, R6, R7).
func TestEveryAnnualProductNewAndAdded(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.waitText(total, "9,990.00 元")
	cases := []struct {
		item, mode, qtyLabel, qty, years string
		amount, working                  string
	}{
		// R6: unit price × quantity × years.
		{"在线客服 基础版", modeNew, usersLabel, "3", "1", "2,997.00 元", "3个用户 × 1年 × 999元/用户/年 = 2,997.00 元"},
		{"在线客服 专业版", modeNew, usersLabel, "4", "2", "24,000.00 元", "4个用户 × 2年 × 3,000元/用户/年 = 24,000.00 元"},
		{"电话客服 标准版", modeNew, usersLabel, "3", "3", "13,500.00 元", "3个用户 × 3年 × 1,500元/用户/年 = 13,500.00 元"},
		{"电话客服 企业版", modeNew, usersLabel, "10", "1", "36,000.00 元", "10个用户 × 1年 × 3,600元/用户/年 = 36,000.00 元"},
		{"智能机器人 标准版", modeNew, botsLabel, "1", "1", "5,800.00 元", "1个机器人 × 1年 × 5,800元/个/年 = 5,800.00 元"},
		// R7 with the term of the worked example, 1 year 6 months.
		{"在线客服 专业版", modeAdd, usersLabel, "1", "", "4,800.00 元", "1个用户 × 1年 × 3,000元/用户/年 + 1个用户 × 6个月 × 3,000元/10/用户/月 = 4,800.00 元"},
		{"电话客服 标准版", modeAdd, usersLabel, "2", "", "4,800.00 元", "2个用户 × 1年 × 1,500元/用户/年 + 2个用户 × 6个月 × 1,500元/10/用户/月 = 4,800.00 元"},
		{"电话客服 企业版", modeAdd, usersLabel, "2", "", "11,520.00 元", "2个用户 × 1年 × 3,600元/用户/年 + 2个用户 × 6个月 × 3,600元/10/用户/月 = 11,520.00 元"},
		// R9: a chatbot added later ends with the account, so it takes the same term.
		{"智能机器人 标准版", modeAdd, botsLabel, "2", "", "18,560.00 元", "2个机器人 × 1年 × 5,800元/个/年 + 2个机器人 × 6个月 × 5,800元/10/个/月 = 18,560.00 元"},
	}
	for _, c := range cases {
		t.Run(c.item+" "+c.mode, func(t *testing.T) {
			p := p.sub(t)
			p.chooseItem(1, c.item)
			p.waitText(titleOf(1), "第 1 项 · "+c.item)
			p.setMode(1, c.mode)
			if c.mode == modeAdd {
				p.setTerm("1", "6")
			} else {
				p.fill(labelled(line(1), yearsLabel), c.years)
			}
			p.fill(labelled(line(1), c.qtyLabel), c.qty)
			p.waitText(amountOf(1), c.amount)
			p.waitText(workingOf(1), c.working)
			p.waitText(total, c.amount)
		})
	}
}

// R3: a new purchase of chat or phone needs 3 users, in every edition; an
// addition needs only 1; a new chatbot purchase needs 1 bot.
func TestMinimumsBindNewPurchasesOnly(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	users := labelled(line(1), usersLabel)

	p.fill(users, "2")
	p.waitFieldError(users, "新购最低 3个用户起售。")
	p.waitText(amountOf(1), "—")
	p.waitText(total, "—") // nothing priced is no price
	p.waitText(css(summary, "#total-why"), nothingPriced)
	p.waitGone(css(summary, "#total-incomplete"))

	p.chooseItem(1, "电话客服 企业版")
	p.waitValue(users, "3") // another product starts at its minimum
	p.fill(users, "2")
	p.waitFieldError(users, "新购最低 3个用户起售。")

	p.fill(users, "3")
	p.waitNoFieldError(users)
	p.fill(labelled(line(1), yearsLabel), "2")
	p.waitText(amountOf(1), "21,600.00 元") // 3 × 2 × 3600
	p.waitGone(css(summary, "#total-incomplete"))

	// An addition of 1 user is fine (R7: n ≥ 1).
	p.setMode(1, modeAdd)
	p.setTerm("1", "6")
	p.fill(users, "1")
	p.waitNoFieldError(users)
	p.waitText(amountOf(1), "5,760.00 元") // 3600 + 6 × 360

	// New chatbots start at 1 bot.
	p.chooseItem(1, "智能机器人 标准版")
	p.setMode(1, modeNew)
	p.fill(labelled(line(1), yearsLabel), "2")
	bots := labelled(line(1), botsLabel)
	p.fill(bots, "0")
	p.waitFieldError(bots, "不能小于 1。")
	p.fill(bots, "1")
	p.waitNoFieldError(bots)
	p.waitText(amountOf(1), "11,600.00 元") // 1 × 2 × 5800
	p.waitText(total, "11,600.00 元")
}

// R4: one new 专业版 set per estimate; adding users to an existing set is fine.
func TestProfessionalChatIsOneSetPerEstimate(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.chooseItem(1, "在线客服 专业版")
	p.fill(labelled(line(1), usersLabel), "5")
	p.fill(labelled(line(1), yearsLabel), "2")
	p.waitText(amountOf(1), "30,000.00 元") // 5 × 2 × 3000

	p.addLine()
	second := labelled(line(2), itemSelect)
	p.choose(second, "在线客服 专业版")
	p.waitFieldError(second, "同一企业或经办人限购一套，本估算已有一套新购专业版；为已有专业版加用户请选“增购”。")
	p.waitText(amountOf(2), "—")
	p.waitText(amountOf(1), "30,000.00 元")
	p.waitNoFieldError(labelled(line(1), itemSelect))
	p.waitText(total, "30,000.00 元")
	p.waitText(css(summary, "#total-incomplete"), incomplete)
	p.screenshot("rules-pro-one-set")

	p.setMode(2, modeAdd)
	p.setTerm("1", "6")
	p.waitNoFieldError(second)
	p.waitText(amountOf(2), "14,400.00 元") // 3 × 3000 + 3 × 6 × 300
	p.waitText(total, "44,400.00 元")
	p.waitGone(css(summary, "#total-incomplete"))
}

// R7: the partial year never costs more than one year; from 10 months on it
// costs exactly one year.
func TestPartialYearIsCappedAtOneYear(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.setMode(1, modeAdd)
	p.fill(labelled(line(1), usersLabel), "1")
	for _, c := range []struct{ months, amount, working string }{
		{"9", "899.10 元", "1个用户 × 9个月 × 999元/10/用户/月 = 899.10 元"},
		{"10", "999.00 元", "1个用户 × 999元/用户/年（10个月，不满整年部分封顶按整年计） = 999.00 元"},
		{"11", "999.00 元", "1个用户 × 999元/用户/年（11个月，不满整年部分封顶按整年计） = 999.00 元"},
	} {
		t.Run(c.months+" months", func(t *testing.T) {
			p := p.sub(t)
			p.setTerm("0", c.months)
			p.waitText(css(termSection, "#term-result"), "剩余有效期："+c.months+"个月")
			p.waitText(amountOf(1), c.amount)
			p.waitText(workingOf(1), c.working)
			p.waitText(total, c.amount)
			capped := css(line(1), ".line-working .note")
			if c.months == "9" {
				p.waitGone(capped)
			} else {
				p.waitText(capped, "不满整年部分的费用不超过整年费用，已按整年计算。")
			}
		})
	}
}

// R8: the remaining term from dates, counted from the day of the addition; a
// started month counts as a whole month.
func TestRemainingTermFromDates(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.openHelp()
	p.click(button(document, "示例：6 个月后增购 3 用户"))
	p.waitText(total, "4,795.20 元")

	p.clickLabel(termSection, "按日期")
	from := labelled(termSection, fromLabel)
	p.waitShown(from)
	p.typeDate(labelled(termSection, expiryLabel), "2028-05-27")
	p.typeDate(from, "2026-11-27")
	p.waitText(css(termSection, "#term-result"), "剩余有效期：1年6个月")
	p.waitText(amountOf(1), "4,795.20 元")
	p.waitText(workingOf(1), exampleAddWorking)
	p.waitText(total, "4,795.20 元")
	p.screenshot("rules-term-by-dates")

	// One day later is a started seventh month.
	p.typeDate(labelled(termSection, expiryLabel), "2028-05-28")
	p.waitText(css(termSection, "#term-result"), "剩余有效期：1年7个月")
	p.waitText(amountOf(1), "5,094.90 元") // 3 × 999 + 3 × 7 × 99.9
	p.waitText(total, "5,094.90 元")

	// An expiry on the day of the addition leaves nothing to price.
	p.typeDate(labelled(termSection, expiryLabel), "2026-11-27")
	p.waitFieldError(labelled(termSection, expiryLabel), "到期日期必须晚于增购日期。")
	p.waitText(amountOf(1), "—")
	p.waitText(css(summary, "#total-why"), nothingPriced)
	p.waitGone(css(summary, "#total-incomplete")) // one message for one problem
}

// R11: price-on-request items can be estimated, show "价格请联系架构师",
// add nothing, and the total says it leaves them out.
func TestPriceOnRequestItemsAreLeftOutOfTheTotal(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.addLine()
	p.waitText(total, "12,987.00 元")
	p.waitGone(css(summary, "#total-excludes"))

	for _, item := range []string{"智能机器人 专业版", "智能机器人 企业版", "知识库冷启动实施服务"} {
		t.Run(item, func(t *testing.T) {
			p := p.sub(t)
			p.chooseItem(2, item)
			p.waitText(titleOf(2), "第 2 项 · "+item)
			p.waitText(amountOf(2), onRequest)
			p.waitText(total, "9,990.00 元")
			p.waitText(css(summary, "#total-excludes"), excludesNote)
			p.waitGone(css(summary, "#total-incomplete"))
		})
	}
	p.screenshot("rules-on-request")
}

// R12: session packs are bought once per set: no years, no purchase type.
func TestSessionPacksAreOneTime(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.chooseItem(1, "会话充值包 12万条")
	sets := labelled(line(1), setsLabel)
	p.waitShown(sets)
	p.fill(sets, "2")
	p.waitText(amountOf(1), "3,200.00 元")
	p.waitText(workingOf(1), "2套 × 1,600元/套 = 3,200.00 元")
	p.waitText(total, "3,200.00 元")
	p.waitGone(labelled(line(1), yearsLabel))
	p.waitGone(labelEl(line(1), modeAdd))
	p.waitGone(termSection) // no addition, no remaining term to ask for

	for _, c := range []struct{ item, amount string }{
		{"会话充值包 36万条", "7,200.00 元"},
		{"会话充值包 96万条", "15,200.00 元"},
		{"会话充值包 600万条", "72,000.00 元"},
	} {
		p.chooseItem(1, c.item)
		p.waitValue(sets, "1") // another pack starts at one set
		p.fill(sets, "2")
		p.waitText(amountOf(1), c.amount)
	}
}

// R2, R12: the knowledge cloud is one industry per set, chosen from three.
func TestKnowledgeCloudNeedsAnIndustry(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	p.chooseItem(1, "行业知识云")
	industry := labelled(line(1), "行业")
	p.waitFieldError(industry, "请填写行业。")
	p.waitText(amountOf(1), "—")
	p.waitText(css(summary, "#total-why"), nothingPriced)
	p.waitGone(css(summary, "#total-incomplete"))

	p.choose(industry, "电商")
	p.waitNoFieldError(industry)
	p.fill(labelled(line(1), setsLabel), "1")
	p.waitText(amountOf(1), "15,000.00 元")
	p.waitText(workingOf(1), "1套 × 15,000元/套 = 15,000.00 元")
	p.waitText(total, "15,000.00 元")
	p.waitGone(css(summary, "#total-incomplete"))

	p.choose(industry, "教育（含高校）")
	p.fill(labelled(line(1), setsLabel), "2")
	p.waitText(amountOf(1), "30,000.00 元")
}

// R13: the cheapest packs for a number of sessions, added in one click.
func TestPackAdvisor(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.openExample()
	advisor := region("充值包推荐")
	sessions := labelled(advisor, "预计会话数（条）")
	result := css(advisor, "#advisor-result")

	p.fill(sessions, "120001")
	p.waitText(result, "推荐：2 × 12万条，共 240,000 条配额，3,200.00 元")

	p.fill(sessions, "1000000")
	p.waitText(result, "推荐：1 × 96万条 + 1 × 12万条，共 1,080,000 条配额，9,200.00 元")
	p.screenshot("rules-pack-advisor")

	p.click(button(advisor, "加入估算"))
	p.waitText(css(advisor, ".note"), "已加入估算。")
	p.waitText(total, "19,190.00 元") // 9,990 + 7,600 + 1,600
	p.waitCount("section.line", 3)
	p.waitText(titleOf(2), "第 2 项 · 会话充值包 96万条")
	p.waitText(amountOf(2), "7,600.00 元")
	p.waitText(titleOf(3), "第 3 项 · 会话充值包 12万条")
	p.waitText(amountOf(3), "1,600.00 元")
	p.waitText(amountOf(1), "9,990.00 元")
}

// sub is the same tab for a subtest, failing that subtest.
func (p *page) sub(t *testing.T) *page {
	return &page{t: t, ctx: p.ctx, base: p.base}
}
