package app

import "qidian-calculator/pricing"

// msg names a piece of visible text. Every msg has a Chinese and an English
// text in messages; a test fails on one missing in either language.
type msg string

// messages is the page's one message table: [0] 简体中文, [1] English.
var messages = map[msg][2]string{
	"title":            {"腾讯企点客服 价格计算器", "Tencent Qidian Customer Service price calculator"},
	"subtitle":         {"按官方价目估算在线客服、电话客服、智能机器人与充值包的费用，全部在浏览器内精确计算，离线可用。", "Estimate online chat, phone, chatbot and top-up pack costs from the official price list. Every price is computed exactly in your browser, even offline."},
	"catalog":          {"价目表版本 %s（%s）", "Price list %s (%s)"},
	"lang.label":       {"语言", "Language"},
	"toolbar":          {"估算操作", "Estimate actions"},
	"example.new":      {"示例：新购 5 用户 2 年", "Example: 5 users for 2 years"},
	"example.add":      {"示例：6 个月后增购 3 用户", "Example: add 3 users 6 months later"},
	"estimate.new":     {"新建估算", "New estimate"},
	"lines":            {"估算明细", "Estimate lines"},
	"line":             {"第 %d 项", "Item %d"},
	"line.add":         {"添加一项", "Add an item"},
	"line.remove":      {"删除", "Remove"},
	"line.removeItem":  {"删除第 %d 项", "Remove item %d"},
	"line.empty":       {"估算中还没有项目，请点击“添加一项”。", "The estimate is empty. Choose “Add an item”."},
	"field.item":       {"产品与版本", "Product and edition"},
	"field.mode":       {"购买方式", "Purchase type"},
	"mode.new":         {"新购", "New purchase"},
	"mode.add":         {"增购（有效期内增加）", "Add to subscription (mid-term)"},
	"field.users":      {"用户数", "Users"},
	"field.bots":       {"机器人个数", "Chatbots"},
	"field.sets":       {"套数", "Sets"},
	"field.years":      {"购买年限（年）", "Years"},
	"field.industry":   {"行业", "Industry"},
	"industry.choose":  {"请选择行业", "Choose an industry"},
	"min.new":          {"新购最低 %d%s起售", "New purchases from %d %s"},
	"one.set":          {"同一企业或经办人限购一套", "One set per company or purchaser"},
	"once":             {"按套一次性购买，不按年计费", "Bought once per set, not yearly"},
	"amount":           {"金额", "Amount"},
	"capped":           {"不满整年部分的费用不超过整年费用，已按整年计算。", "The partial-year part never costs more than a full year, so it is charged as one year."},
	"onrequest.note":   {"此项不计入合计，请联系架构师获取价格。", "Not included in the total; contact an architect for a price."},
	"term":             {"剩余有效期（所有增购共用）", "Remaining term (shared by all additions)"},
	"term.hint":        {"增购的用户和机器人与现有账号同时到期，按剩余有效期计费。", "Added users and chatbots end with the existing account and are charged for its remaining term."},
	"term.basis":       {"剩余有效期的填写方式", "How to give the remaining term"},
	"term.byLength":    {"按年月", "Years and months"},
	"term.byDates":     {"按日期", "Dates"},
	"term.years":       {"剩余整年数", "Whole years left"},
	"term.months":      {"剩余月数（0–11）", "Months left (0–11)"},
	"term.expiry":      {"账号到期日期", "Account expiry date"},
	"term.from":        {"增购日期（默认今天）", "Day of the addition (default today)"},
	"term.result":      {"剩余有效期：%s", "Remaining term: %s"},
	"term.dates":       {"从 %s 到 %s 按月计算，不满一个月按一个月计。", "Counted in months from %s to %s; a started month counts as a whole month."},
	"term.unused":      {"估算中没有增购项目时，无需填写剩余有效期。", "No addition in the estimate, so no remaining term is needed."},
	"total":            {"合计", "Total"},
	"total.excludes":   {"不含“价格请联系架构师”的项目。", "Excludes price-on-request items."},
	"total.incomplete": {"估算不完整：请先更正标出的输入，合计暂不包含这些项目。", "Incomplete: correct the marked inputs; the total leaves those items out."},
	"advisor":          {"充值包推荐", "Top-up pack advisor"},
	"advisor.hint":     {"输入预计的机器人会话数，推荐总价最低的充值包组合。", "Enter the chatbot sessions you expect; we find the cheapest combination of packs."},
	"advisor.sessions": {"预计会话数（条）", "Expected sessions"},
	"advisor.result":   {"推荐：%s，共 %s 条配额，%s", "Cheapest: %s, a quota of %s sessions, %s"},
	"advisor.add":      {"加入估算", "Add to estimate"},
	"advisor.added":    {"已加入估算。", "Added to the estimate."},
	"help":             {"计费规则说明", "How prices are computed"},
	"help.new":         {"新购按年计费：单价 × 数量 × 年数。在线客服、电话客服最低 3 用户起售，机器人最低 1 个起售。", "New purchases are yearly: unit price × quantity × years. Online chat and phone start at 3 users, chatbots at 1."},
	"help.add":         {"有效期内增购：整年部分 = 单价 × 整年数 × 数量；不满整年部分 = 单价 / 10 × 剩余月数 × 数量，且不超过整年费用。", "Adding mid-term: whole years = unit price × whole years × quantity; the rest = unit price / 10 × months × quantity, never more than one year."},
	"help.dates":       {"按日期填写时，从增购日期起按月计算，不满一个月按一个月计。", "With dates, months are counted from the day of the addition; a started month counts as a whole month."},
	"help.reduce":      {"有效期内减少用户或机器人不退还当期费用，本计算器只计算增加。", "Reducing users or chatbots mid-term is not refunded for the current term; this calculator prices additions only."},
	"help.once":        {"充值包与行业知识云按套一次性购买。标有“价格请联系架构师”的项目不计入合计。", "Top-up packs and the knowledge cloud are bought once per set. Price-on-request items are left out of the total."},
	"help.source":      {"价格以腾讯企点客服官方价目为准。", "Prices follow Tencent Qidian's official price list."},
	"quote.heading":    {"报价单", "Quote"},
	"quote.date":       {"日期：%s", "Date: %s"},
	"stale":            {"此估算按 %s 版价目表生成，价格可能已变化；下面按当前 %s 版价目表计算。", "This estimate was made with the %s price list; prices may have changed. It is priced below with today's list (%s)."},
	"link.copy":        {"复制分享链接", "Copy share link"},
	"link.copied":      {"链接已复制，打开即可看到同一份估算（离线也可用）。", "Link copied: it opens this same estimate, even offline."},
	"link.manual":      {"浏览器未允许自动复制，请手动复制下面的链接。", "The browser did not allow copying; copy the link below by hand."},
	"link.label":       {"分享链接", "Share link"},
	"print":            {"打印报价单", "Print quote"},
	"export.csv":       {"下载 CSV", "Download CSV"},
	"export.json":      {"下载 JSON", "Download JSON"},
	"export.done":      {"已开始下载。", "Download started."},
	"open":             {"打开估算文件", "Open estimate file"},
	"open.done":        {"已打开估算文件。", "Estimate file opened."},
	"update.ready":     {"计算器有新版本。", "A new version of the calculator is available."},
	"update.reload":    {"重新加载", "Reload"},

	// The printed quote (quote_document.go) and its details form (quote_details.go).
	"doc.title":         {"报价单", "Quotation"},
	"doc.seller":        {"腾讯企点客服", "Tencent Qidian customer service"},
	"doc.reference":     {"报价单号", "Reference"},
	"doc.date":          {"日期", "Date"},
	"doc.valid":         {"有效期", "Valid"},
	"doc.validUntil":    {"%d 天（至 %s）", "%d days (until %s)"},
	"doc.catalog":       {"价目表", "Price list"},
	"doc.customer":      {"客户名称", "Customer"},
	"doc.contact":       {"经办人", "Prepared by"},
	"doc.notes":         {"备注", "Notes"},
	"doc.term":          {"剩余有效期", "Remaining term"},
	"doc.col.no":        {"序号", "No."},
	"doc.col.item":      {"产品与版本", "Product and edition"},
	"doc.col.mode":      {"购买方式", "Purchase"},
	"doc.col.quantity":  {"数量", "Quantity"},
	"doc.col.term":      {"年限", "Term"},
	"doc.col.unit":      {"单价（元）", "Unit price (元)"},
	"doc.col.working":   {"计算", "Working"},
	"doc.col.amount":    {"金额（元）", "Amount (元)"},
	"doc.total":         {"合计", "Total"},
	"doc.words":         {"合计（大写）", "Total in words"},
	"doc.words.amount":  {"人民币%s", "%s"},
	"doc.excludes":      {"合计不含标注“价格请联系架构师”的项目，其价格请联系架构师确认。", `The total excludes items marked "Price on request"; ask an architect for their price.`},
	"doc.incomplete":    {"报价不完整：有输入需要更正，合计未包含这些项目。", "Incomplete: some inputs need correcting; the total leaves those items out."},
	"doc.terms":         {"说明", "Terms"},
	"details.heading":   {"报价单信息", "Quote details"},
	"details.hint":      {"选填，只印在报价单上，不影响价格。", "Optional: printed on the quote, no effect on prices."},
	"details.reference": {"报价单号", "Quote reference"},
	"details.customer":  {"客户名称", "Customer"},
	"details.contact":   {"经办人", "Prepared by"},
	"details.notes":     {"备注", "Notes"},
	"details.validDays": {"有效期（天，默认 30）", "Valid for (days, default 30)"},
}

// t returns the text of key in lang; fmt-style args fill its %d and %s.
func t(lang pricing.Lang, key msg) string {
	m, ok := messages[key]
	if !ok {
		return string(key) // a test renders every state and fails on raw keys
	}
	if lang == pricing.EN {
		return m[1]
	}
	return m[0]
}

// Plan and timeline (R14, R15).
const (
	msgPlan           msg = "plan"
	msgPlanHint       msg = "plan.hint"
	msgPlanPaidNow    msg = "plan.paidNow"
	msgPlanPaidAt     msg = "plan.paidAt"
	msgPlanLeft       msg = "plan.left"
	msgPlanTotal      msg = "plan.total"
	msgPlanIncomplete msg = "plan.incomplete"
	msgPlanRenewal    msg = "plan.renewal"
	msgPlanEstimate   msg = "plan.estimate"
	msgPlanPerYear    msg = "plan.perYear"
	msgTimeline       msg = "timeline"
)

func init() {
	for k, m := range map[msg][2]string{
		msgPlan:           {"计划：何时付款，付多少", "The plan: what you pay, and when"},
		msgPlanHint:       {"月份从新购当天起算；增购与新购同时到期，按剩余月数计费。", "Months count from the day of the new purchase; additions end with it and are charged for the months left."},
		msgPlanPaidNow:    {"现在支付", "Paid now"},
		msgPlanPaidAt:     {"%s支付", "Paid at %s"},
		msgPlanLeft:       {"（剩余%s）", " (%s left)"},
		msgPlanTotal:      {"整个计划合计", "Whole plan"},
		msgPlanIncomplete: {"计划不完整：请先更正标出的输入，合计暂不包含这些项目。", "Incomplete: correct the marked inputs; the plan leaves those items out."},
		msgPlanRenewal:    {"到期后续费（估算）", "Renewal at the end (estimate)"},
		msgPlanEstimate:   {"估算", "Estimate"},
		msgPlanPerYear:    {"/年", " a year"},
		msgTimeline:       {"付款时间线", "Payment timeline"},
	} {
		messages[k] = m
	}
}
