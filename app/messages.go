package app

import (
	"strings"

	"qidian-calculator/pricing"
)

// msg names a piece of visible text. It is a number, not a string, so that
// a key missing from the constants below is a compile error; a test checks
// that every constant has both texts.
type msg int

const (
	msgTitle msg = iota
	msgSubtitle
	msgCatalog
	msgLangLabel
	msgToolbar
	msgExampleNew
	msgExampleAdd
	msgEstimateNew
	msgLines
	msgLine
	msgLineRemove
	msgLineRemoveItem
	msgLineEmpty
	msgFieldItem
	msgFieldMode
	msgModeNew
	msgModeAdd
	msgFieldUsers
	msgFieldBots
	msgFieldSets
	msgFieldYears
	msgFieldIndustry
	msgIndustryChoose
	msgMinNew
	msgOneSet
	msgOnce
	msgAmount
	msgCapped
	msgOnrequestNote
	msgTerm
	msgTermHint
	msgTermBasis
	msgTermByLength
	msgTermByDates
	msgTermYears
	msgTermMonths
	msgTermExpiry
	msgTermFrom
	msgTermResult
	msgTermDates
	msgTermUnused
	msgTotal
	msgTotalExcludes
	msgTotalIncomplete
	msgAdvisor
	msgAdvisorHint
	msgAdvisorSessions
	msgAdvisorResult
	msgAddToEstimate
	msgAdvisorAdded
	msgHelp
	msgHelpNew
	msgHelpAdd
	msgHelpDates
	msgHelpReduce
	msgHelpOnce
	msgHelpSource
	msgQuoteHeading
	msgQuoteDate
	msgStale
	msgChangeSeen
	msgRequote
	msgDetailsDated
	msgLinkCopy
	msgLinkCopied
	msgLinkManual
	msgLinkLabel
	msgPrint
	msgExportCsv
	msgExportJson
	msgExportDone
	msgOpen
	msgOpenDone
	msgOpenFailed
	msgUpdateReady
	msgUpdateReload
	msgLinesFull
	msgEditionAdded
	msgLineNeedsTerm
	msgWorking
	msgProducts
	msgProductsHint
	msgColon
	msgTotalWhyEmpty
	msgTotalWhyOnRequest
	msgTotalWhyErrors
	msgSummaryShow
	msgSummaryHide
	msgSummaryLines
	msgMore
	msgExamples
	msgExamplesHint
	msgOpening
	msgEmbedOpen
	msgEmbedIncomplete
	msgDocTitle
	msgDocSeller
	msgDocReference
	msgDocDate
	msgDocValid
	msgDocValidUntil
	msgDocCatalog
	msgDocCustomer
	msgDocContact
	msgDocNotes
	msgDocTerm
	msgDocColNo
	msgDocColItem
	msgDocColMode
	msgDocColQuantity
	msgDocColTerm
	msgDocColUnit
	msgDocColWorking
	msgDocColAmount
	msgDocTotal
	msgDocWords
	msgDocWordsAmount
	msgDocExcludes
	msgDocIncomplete
	msgDocTerms
	msgDetailsHeading
	msgDetailsHint
	msgDetailsReference
	msgDetailsCustomer
	msgDetailsContact
	msgDetailsNotes
	msgDetailsValidDays
	// Plan and timeline (R14, R15)
	msgModePlanned
	msgFieldAfter
	msgPlanAfterHint
	msgPlanFollows
	msgExamplePlan
	msgPlan
	msgPlanHint
	msgPlanPaidNow
	msgPlanPaidAt
	msgPlanLeft
	msgPlanTotal
	msgPlanIncomplete
	msgPlanRenewal
	msgPlanEstimate
	msgPlanPerYear
	msgTimeline
	msgPlanPaidLine
	msgPlanLineAt
	// The visitor's estimates (estimates.go, estimate_list.go, notice.go)
	msgEstimates
	msgEstimatesShow
	msgEstimatesHint
	msgEstimateNumbered
	msgEstimateUnsaved
	msgEstimateEdited
	msgEstimateLineCount
	msgEstimateCurrent
	msgEstimateSwitch
	msgEstimateRename
	msgEstimateRenameLabel
	msgEstimateRenameDone
	msgEstimateDuplicate
	msgEstimateCopy
	msgEstimateDelete
	msgEstimatesExport
	msgEstimatesImport
	msgEstimatesImported
	msgEstimatesNone
	msgUndo
	msgUndone
	msgNoticeDismiss
	msgNoticeNew
	msgNoticeLineRemoved
	msgNoticeRequoted
	msgNoticeDeleted
	msgNoticeExample
	msgNoticeLink
	msgNoticeLinkSame
	msgNoticeFile
	msgNoticeParent
	msgNoticeDuplicated
	msgNoticeConflict
	msgNoticeChangedElsewhere
	msgNoticeStoreFull
	msgNoticeNoStore
	msgCount // the number of messages; keep last
)

// messages is the page's one message table: [0] 简体中文, [1] English.
var messages = [msgCount][2]string{
	msgTitle:             {"腾讯企点客服 价格计算器", "Tencent Qidian Customer Service price calculator"},
	msgSubtitle:          {"按官方价目估算在线客服、电话客服、智能机器人与充值包的费用，全部在浏览器内精确计算，离线可用。", "Estimate online chat, phone, chatbot and top-up pack costs from the official price list. Every price is computed exactly in your browser, even offline."},
	msgCatalog:           {"价目表版本 %s（%s）", "Price list %s (%s)"},
	msgLangLabel:         {"语言", "Language"},
	msgToolbar:           {"估算操作", "Estimate actions"},
	msgExampleNew:        {"示例：新购 5 用户 2 年", "Example: 5 users for 2 years"},
	msgExampleAdd:        {"示例：6 个月后增购 3 用户", "Example: add 3 users 6 months later"},
	msgEstimateNew:       {"新建估算", "New estimate"},
	msgLines:             {"估算明细", "Estimate lines"},
	msgLine:              {"第 %d 项", "Item %d"},
	msgLineRemove:        {"删除", "Remove"},
	msgLineRemoveItem:    {"删除第 %d 项", "Remove item %d"},
	msgLineEmpty:         {"估算中还没有项目：在上方的产品中或在下方点击“加入估算”。", "Nothing in this estimate yet: choose “Add to estimate” on a product above, or below."},
	msgFieldItem:         {"产品与版本", "Product and edition"},
	msgFieldMode:         {"购买方式", "Purchase type"},
	msgModeNew:           {"新购", "New purchase"},
	msgModeAdd:           {"增购（有效期内增加）", "Add to subscription (mid-term)"},
	msgFieldUsers:        {"用户数", "Users"},
	msgFieldBots:         {"机器人个数", "Chatbots"},
	msgFieldSets:         {"套数", "Sets"},
	msgFieldYears:        {"购买年限（年）", "Years"},
	msgFieldIndustry:     {"行业", "Industry"},
	msgIndustryChoose:    {"请选择行业", "Choose an industry"},
	msgMinNew:            {"新购最低 %d%s起售", "New purchases from %d %s"},
	msgOneSet:            {"同一企业或经办人限购一套", "One set per company or purchaser"},
	msgOnce:              {"按套一次性购买，不按年计费", "Bought once per set, not yearly"},
	msgAmount:            {"金额", "Amount"},
	msgCapped:            {"不满整年部分的费用不超过整年费用，已按整年计算。", "The partial-year part never costs more than a full year, so it is charged as one year."},
	msgOnrequestNote:     {"此项不计入合计，请联系架构师获取价格。", "Not included in the total; contact an architect for a price."},
	msgTerm:              {"剩余有效期（所有增购共用）", "Remaining term (shared by all additions)"},
	msgTermHint:          {"增购的用户和机器人与现有账号同时到期，按剩余有效期计费。", "Added users and chatbots end with the existing account and are charged for its remaining term."},
	msgTermBasis:         {"剩余有效期的填写方式", "How to give the remaining term"},
	msgTermByLength:      {"按年月", "Years and months"},
	msgTermByDates:       {"按日期", "Dates"},
	msgTermYears:         {"剩余整年数", "Whole years left"},
	msgTermMonths:        {"剩余月数（0–11）", "Months left (0–11)"},
	msgTermExpiry:        {"账号到期日期", "Account expiry date"},
	msgTermFrom:          {"增购日期（默认今天）", "Day of the addition (default today)"},
	msgTermResult:        {"剩余有效期：%s", "Remaining term: %s"},
	msgTermDates:         {"从 %s 到 %s 按月计算，不满一个月按一个月计。", "Counted in months from %s to %s; a started month counts as a whole month."},
	msgTermUnused:        {"估算中没有增购项目时，无需填写剩余有效期。", "No addition in the estimate, so no remaining term is needed."},
	msgTotal:             {"合计", "Total"},
	msgTotalExcludes:     {"不含“价格请联系架构师”的项目。", "Excludes price-on-request items."},
	msgTotalIncomplete:   {"估算不完整：请先更正标出的输入，合计暂不包含这些项目。", "Incomplete: correct the marked inputs; the total leaves those items out."},
	msgAdvisor:           {"充值包推荐", "Top-up pack advisor"},
	msgAdvisorHint:       {"输入预计的机器人会话数，推荐总价最低的充值包组合。", "Enter the chatbot sessions you expect; we find the cheapest combination of packs."},
	msgAdvisorSessions:   {"预计会话数（条）", "Expected sessions"},
	msgAdvisorResult:     {"推荐：%s，共 %s 条配额，%s", "Cheapest: %s, a quota of %s sessions, %s"},
	msgAddToEstimate:     {"加入估算", "Add to estimate"}, // every button that adds a line
	msgAdvisorAdded:      {"已加入估算。", "Added to the estimate."},
	msgHelp:              {"计费规则说明", "How prices are computed"},
	msgHelpNew:           {"新购按年计费：单价 × 数量 × 年数。在线客服、电话客服最低 3 用户起售，机器人最低 1 个起售。", "New purchases are yearly: unit price × quantity × years. Online chat and phone start at 3 users, chatbots at 1."},
	msgHelpAdd:           {"有效期内增购：整年部分 = 单价 × 整年数 × 数量；不满整年部分 = 单价 / 10 × 剩余月数 × 数量，且不超过整年费用。", "Adding mid-term: whole years = unit price × whole years × quantity; the rest = unit price / 10 × months × quantity, never more than one year."},
	msgHelpDates:         {"按日期填写时，从增购日期起按月计算，不满一个月按一个月计。", "With dates, months are counted from the day of the addition; a started month counts as a whole month."},
	msgHelpReduce:        {"有效期内减少用户或机器人不退还当期费用，本计算器只计算增加。", "Reducing users or chatbots mid-term is not refunded for the current term; this calculator prices additions only."},
	msgHelpOnce:          {"充值包与行业知识云按套一次性购买。标有“价格请联系架构师”的项目不计入合计。", "Top-up packs and the knowledge cloud are bought once per set. Price-on-request items are left out of the total."},
	msgHelpSource:        {"价格以腾讯企点客服官方价目为准。", "Prices follow Tencent Qidian's official price list."},
	msgQuoteHeading:      {"报价单", "Quote"},
	msgQuoteDate:         {"日期：%s", "Date: %s"},
	msgChangeSeen:        {"知道了", "Got it"},
	msgDetailsDated:      {"报价日期 %s，有效至 %s", "Quote date %s, valid until %s"},
	msgRequote:           {"以今天为报价日期重新计价", "Requote as of today"},
	msgStale:             {"此估算按 %s 版价目表生成，价格可能已变化；下面按当前 %s 版价目表计算。", "This estimate was made with the %s price list; prices may have changed. It is priced below with today's list (%s)."},
	msgLinkCopy:          {"复制分享链接", "Copy share link"},
	msgLinkCopied:        {"链接已复制，打开即可看到同一份估算（离线也可用）。", "Link copied: it opens this same estimate, even offline."},
	msgLinkManual:        {"浏览器未允许自动复制，请手动复制下面的链接。", "The browser did not allow copying; copy the link below by hand."},
	msgLinkLabel:         {"分享链接", "Share link"},
	msgPrint:             {"打印报价单", "Print quote"},
	msgExportCsv:         {"下载 CSV", "Download CSV"},
	msgExportJson:        {"下载 JSON", "Download JSON"},
	msgExportDone:        {"已开始下载。", "Download started."},
	msgOpen:              {"打开估算文件", "Open estimate file"},
	msgOpenDone:          {"已打开估算文件。", "Estimate file opened."},
	msgOpenFailed:        {"无法读取此文件，请重新选择。", "The file could not be read; choose it again."},
	msgUpdateReady:       {"计算器有新版本。", "A new version of the calculator is available."},
	msgUpdateReload:      {"重新加载", "Reload"},
	msgLinesFull:         {"一份估算最多 %d 项。", "An estimate holds at most %d items."},
	msgEditionAdded:      {"已将 %s 加入估算（第 %d 项）。", "Added %s to the estimate (item %d)."},
	msgLineNeedsTerm:     {"增购按账号的剩余有效期计费：请在下方“剩余有效期”中填写，填写前此项不计入合计。", "An addition is charged for the account's remaining term: enter it under “Remaining term” below. Until then this item is not in the total."},
	msgWorking:           {"计算过程", "How it is computed"},
	msgProducts:          {"产品与价格", "Products and prices"},
	msgProductsHint:      {"选择版本加入估算，之后可在估算明细中修改数量、年限和购买方式。", "Add an edition to the estimate, then set its quantity, years and purchase type in the estimate."},
	msgColon:             {"：", ": "},
	msgTotalWhyEmpty:     {"估算中还没有项目：在“产品与价格”中选择“加入估算”。", "The estimate is empty: choose “Add to estimate” under Products and prices."},
	msgTotalWhyOnRequest: {"估算中的项目都需联系架构师报价。", "Every item in the estimate is priced on request."},
	msgTotalWhyErrors:    {"还没有可计价的项目：请先更正标出的输入。", "Nothing can be priced yet: correct the marked inputs."},
	msgSummaryShow:       {"查看明细", "Show items"},
	msgSummaryHide:       {"收起明细", "Hide items"},
	msgSummaryLines:      {"各项金额", "Amount of each item"},
	msgMore:              {"更多操作", "More actions"},
	msgExamples:          {"官方价目中的算例", "Worked examples from the price list"},
	msgExamplesHint:      {"算例会打开为一份新的估算，您的估算不变。", "An example opens as a new estimate; yours stay as they are."},
	msgOpening:           {"正在打开您的估算…", "Opening your estimate…"},
	msgEmbedOpen:         {"在新窗口打开", "Open in a new window"},
	msgEmbedIncomplete:   {"（估算不完整）", "(incomplete)"},
	msgDocTitle:          {"报价单", "Quotation"},
	msgDocSeller:         {"腾讯企点客服", "Tencent Qidian customer service"},
	msgDocReference:      {"报价单号", "Reference"},
	msgDocDate:           {"日期", "Date"},
	msgDocValid:          {"有效期", "Valid"},
	msgDocValidUntil:     {"%d 天（至 %s）", "%d days (until %s)"},
	msgDocCatalog:        {"价目表", "Price list"},
	msgDocCustomer:       {"客户名称", "Customer"},
	msgDocContact:        {"经办人", "Prepared by"},
	msgDocNotes:          {"备注", "Notes"},
	msgDocTerm:           {"剩余有效期", "Remaining term"},
	msgDocColNo:          {"序号", "No."},
	msgDocColItem:        {"产品与版本", "Product and edition"},
	msgDocColMode:        {"购买方式", "Purchase"},
	msgDocColQuantity:    {"数量", "Quantity"},
	msgDocColTerm:        {"年限", "Term"},
	msgDocColUnit:        {"单价（元）", "Unit price (¥)"},
	msgDocColWorking:     {"计算", "Working"},
	msgDocColAmount:      {"金额（元）", "Amount (¥)"},
	msgDocTotal:          {"合计", "Total"},
	msgDocWords:          {"合计（大写）", "Total in words"},
	msgDocWordsAmount:    {"人民币%s", "%s"},
	msgDocExcludes:       {"合计不含标注“价格请联系架构师”的项目，其价格请联系架构师确认。", `The total excludes items marked "Price on request"; ask an architect for their price.`},
	msgDocIncomplete:     {"报价不完整：有输入需要更正，合计未包含这些项目。", "Incomplete: some inputs need correcting; the total leaves those items out."},
	msgDocTerms:          {"说明", "Terms"},
	msgDetailsHeading:    {"报价单信息", "Quote details"},
	msgDetailsHint:       {"选填，只印在报价单上，不影响价格。", "Optional: printed on the quote, no effect on prices."},
	msgDetailsReference:  {"报价单号", "Quote reference"},
	msgDetailsCustomer:   {"客户名称", "Customer"},
	msgDetailsContact:    {"经办人", "Prepared by"},
	msgDetailsNotes:      {"备注", "Notes"},
	msgDetailsValidDays:  {"有效期（天，默认 30）", "Valid for (days, default 30)"},
	// Plan and timeline (R14, R15)
	msgModePlanned:            {"计划增购（新购后若干个月）", "Planned addition (months after the purchase)"},
	msgFieldAfter:             {"新购后第几个月增购", "Months after the purchase"},
	msgPlanAfterHint:          {"与本估算中的新购同时到期，按剩余月数计费。", "Ends with the new purchase in this estimate; charged for the months left."},
	msgPlanFollows:            {"从第 %d 项新购起算，与其同时到期。", "Counted from the new purchase in item %d, and ends with it."},
	msgExamplePlan:            {"示例计划：5 用户 2 年，6 个月后再增 3 用户", "Example plan: 5 users for 2 years, 3 more after 6 months"},
	msgPlan:                   {"计划：何时付款，付多少", "The plan: what you pay, and when"},
	msgPlanHint:               {"月份从新购当天起算；增购与新购同时到期，按剩余月数计费。", "Months count from the day of the new purchase; additions end with it and are charged for the months left."},
	msgPlanPaidNow:            {"现在支付", "Paid now"},
	msgPlanPaidAt:             {"%s支付", "Paid at %s"},
	msgPlanLeft:               {"（剩余%s）", " (%s left)"},
	msgPlanTotal:              {"整个计划合计", "Whole plan"},
	msgPlanIncomplete:         {"计划不完整：请先更正标出的输入，合计暂不包含这些项目。", "Incomplete: correct the marked inputs; the plan leaves those items out."},
	msgPlanRenewal:            {"到期后续费（估算）", "Renewal at the end (estimate)"},
	msgPlanEstimate:           {"估算", "Estimate"},
	msgPlanPerYear:            {"/年", " a year"},
	msgTimeline:               {"付款时间线", "Payment timeline"},
	msgPlanPaidLine:           {"%s：%s", "%s: %s"},
	msgPlanLineAt:             {"%s增购", "Added at %s"},
	msgEstimates:              {"我的估算", "My estimates"},
	msgEstimatesShow:          {"我的估算（%s）", "My estimates (%s)"},
	msgEstimatesHint:          {"估算保存在此设备的浏览器中，不上传；可随时切换、重命名、复制或删除，也可导出备份。", "Estimates are kept in this browser on this device and never uploaded. Switch, rename, duplicate or delete them, or export a backup."},
	msgEstimateNumbered:       {"估算 %s", "Estimate %s"},
	msgEstimateUnsaved:        {"尚未保存：加入项目后自动保存", "Not saved yet: saved once you add something"},
	msgEstimateEdited:         {"最后编辑 %s", "Last edited %s"},
	msgEstimateLineCount:      {"%s 项", "%s lines"},
	msgEstimateCurrent:        {"（当前）", " (open)"},
	msgEstimateSwitch:         {"打开", "Open"},
	msgEstimateRename:         {"重命名", "Rename"},
	msgEstimateRenameLabel:    {"估算名称", "Estimate name"},
	msgEstimateRenameDone:     {"完成", "Done"},
	msgEstimateDuplicate:      {"复制", "Duplicate"},
	msgEstimateCopy:           {"（副本）", " (copy)"},
	msgEstimateDelete:         {"删除", "Delete"},
	msgEstimatesExport:        {"导出全部估算（JSON）", "Export all estimates (JSON)"},
	msgEstimatesImport:        {"导入估算备份", "Import a backup"},
	msgEstimatesImported:      {"已导入 %s 个估算；原有估算均未改动。", "Imported %s estimates; none of yours was changed."},
	msgEstimatesNone:          {"还没有保存的估算。", "No estimate is saved yet."},
	msgUndo:                   {"撤销", "Undo"},
	msgUndone:                 {"已撤销。", "Undone."},
	msgNoticeDismiss:          {"关闭提示", "Dismiss"},
	msgNoticeNew:              {"已新建估算；「%s」仍保存在“我的估算”中。", "New estimate started; ‘%s’ is kept under My estimates."},
	msgNoticeLineRemoved:      {"第 %s 项已删除。", "Item %s removed."},
	msgNoticeRequoted:         {"已改为以 %s 为报价日期，按当天的价目表计价。", "The quote is now dated %s and priced by that day's price list."},
	msgNoticeDeleted:          {"已删除估算「%s」。", "Deleted ‘%s’."},
	msgNoticeExample:          {"已将示例打开为新估算「%s」；您的其他估算未改动。", "Opened the example as a new estimate, ‘%s’; your other estimates are unchanged."},
	msgNoticeLink:             {"已将分享链接打开为新估算「%s」；您的其他估算未改动。", "Opened the shared link as a new estimate, ‘%s’; your other estimates are unchanged."},
	msgNoticeLinkSame:         {"分享链接与您的估算「%s」相同，已切换到它。", "The shared link matches your estimate ‘%s’, which is now open."},
	msgNoticeFile:             {"已将估算文件打开为新估算「%s」；您的其他估算未改动。", "Opened the estimate file as a new estimate, ‘%s’; your other estimates are unchanged."},
	msgNoticeParent:           {"已将本页所在网站发来的估算打开为新估算「%s」。", "Opened the estimate sent by the hosting page as a new estimate, ‘%s’."},
	msgNoticeDuplicated:       {"已复制为「%s」，并已打开。", "Duplicated as ‘%s’, now open."},
	msgNoticeConflict:         {"此估算已在另一个标签页中修改；为不覆盖对方，您在这里的修改已另存为「%s」。", "This estimate was changed in another tab; so as not to overwrite it, your changes here were saved as ‘%s’."},
	msgNoticeChangedElsewhere: {"此估算已在另一个标签页中更新，这里显示的是最新内容。", "This estimate was updated in another tab; the latest version is shown."},
	msgNoticeStoreFull:        {"此浏览器的存储空间已满，最新修改未能保存到设备（已保存的估算都还在）。请导出备份，或删除不需要的估算。", "This browser's storage is full, so the latest change is not kept on this device (your saved estimates are all still there). Export a backup, or delete estimates you no longer need."},
	msgNoticeNoStore:          {"此浏览器不允许本站保存数据，估算只保留到关闭本页为止；分享链接和文件照常可用。", "This browser does not let the site keep data, so estimates last only until this page is closed; share links and files still work."},
}

// t returns the text of key in lang. A text with placeholders (%s, %d)
// is filled with tf.
func t(lang pricing.Lang, key msg) string {
	if lang == pricing.EN {
		return messages[key][1]
	}
	return messages[key][0]
}

// tf returns the text of key in lang with its placeholders, %s or %d,
// filled by args in order, as fmt.Sprintf would fill them with strings and
// ints: the page's texts then need no fmt on its first render.
// TestMessageArguments checks every call's argument count against its text;
// a mismatch shows a "%!" marker, as fmt does, never a crash.
func tf(lang pricing.Lang, key msg, args ...string) string {
	text := t(lang, key)
	var b strings.Builder
	for {
		i := strings.IndexByte(text, '%')
		if i < 0 || i+1 >= len(text) {
			b.WriteString(text)
			break
		}
		b.WriteString(text[:i])
		switch verb := text[i+1]; {
		case verb == '%':
			b.WriteByte('%')
		case verb != 's' && verb != 'd':
			b.WriteString(text[i : i+2])
		case len(args) == 0:
			b.WriteString("%!" + string(verb) + "(MISSING)")
		default:
			b.WriteString(args[0])
			args = args[1:]
		}
		text = text[i+2:]
	}
	if len(args) > 0 {
		b.WriteString("%!(EXTRA)")
	}
	return b.String()
}
