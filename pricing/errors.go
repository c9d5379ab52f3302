package pricing

import (
	"strconv"
)

// Field names the input an error is about, so the UI can show it there.
type Field string

const (
	FieldItem       Field = "item"
	FieldMode       Field = "mode"
	FieldQuantity   Field = "quantity"
	FieldYears      Field = "years"      // years of a new purchase
	FieldIndustry   Field = "industry"   // knowledge cloud industry
	FieldTermYears  Field = "termYears"  // whole years left on the account
	FieldTermMonths Field = "termMonths" // months left beyond the whole years
	FieldTermBasis  Field = "termBasis"  // how the remaining term is given
	FieldExpiry     Field = "expiry"     // the account's expiry date
	FieldFrom       Field = "from"       // the day of the addition
	FieldSessions   Field = "sessions"   // expected chatbot sessions (pack advisor)
	FieldEstimate   Field = "estimate"   // the estimate as a whole (format, version)
	FieldAfter      Field = "after"      // a planned addition's months after its purchase (R14)
	FieldDetails    Field = "details"    // the details object as a whole; its fields are DetailFields
	FieldReference  Field = "reference"  // an estimate's quote number (quote_number.go)
	FieldName       Field = "name"       // the visitor's name for an estimate
	FieldQuoteDate  Field = "date"       // the day an estimate was quoted (R19)
	FieldBackup     Field = "backup"     // a backup of estimates as a whole: its format and its list (backup.go)
)

var fieldNames = map[Field]Text{
	FieldItem:       {"产品", "item"},
	FieldMode:       {"购买方式", "purchase type"},
	FieldQuantity:   {"数量", "quantity"},
	FieldYears:      {"购买年限", "years"},
	FieldIndustry:   {"行业", "industry"},
	FieldTermYears:  {"剩余整年数", "whole years left"},
	FieldTermMonths: {"剩余月数", "months left"},
	FieldTermBasis:  {"剩余有效期填写方式", "remaining term basis"},
	FieldExpiry:     {"到期日期", "expiry date"},
	FieldFrom:       {"增购日期", "addition day"},
	FieldSessions:   {"预计会话数", "expected sessions"},
	FieldEstimate:   {"估算", "estimate"},
	FieldAfter:      {"新购后月数", "months after the purchase"},
	FieldDetails:    {"报价单信息", "quote details"},
	FieldReference:  {"报价单号", "quote number"},
	FieldName:       {"估算名称", "estimate name"},
	FieldQuoteDate:  {"报价日期", "quote date"},
	FieldBackup:     {"备份文件", "backup file"},
}

// Name is the field's name for people.
func (f Field) Name(lang Lang) string { return fieldNames[f].In(lang) }

// Reason says what is wrong with an input.
type Reason string

const (
	Empty           Reason = "empty"         // nothing entered
	NotANumber      Reason = "not-a-number"  // letters or symbols
	NotWhole        Reason = "not-whole"     // a fraction where a count is needed
	TooSmall        Reason = "too-small"     // below Limit (0 and negatives included)
	TooLarge        Reason = "too-large"     // above Limit
	BelowMinimum    Reason = "below-minimum" // a new purchase under the item's minimum (R3)
	OnlyOneSet      Reason = "only-one-set"  // a second new 专业版 set (R4)
	UnknownItem     Reason = "unknown-item"  // not in the catalog
	UnknownIndustry Reason = "unknown-industry"
	UnknownMode     Reason = "unknown-mode"
	ZeroTerm        Reason = "zero-term"        // remaining term of 0 years 0 months (R7)
	ExpiryNotAfter  Reason = "expiry-not-after" // expiry on or before the addition day (R8)
	TermTooLong     Reason = "term-too-long"    // more than MaxYears left (R6)
	BadDate         Reason = "bad-date"         // not a YYYY-MM-DD calendar date
	BadFormat       Reason = "bad-format"       // an estimate file or link that cannot be read
	NotALink        Reason = "not-a-link"       // a URL fragment that is no share link of this calculator
	LinkPartUnread  Reason = "link-part-unread" // parts of a share link left out (Value: those parts as written)
	TooManyLines    Reason = "too-many-lines"   // more than MaxLines lines
	NewerFormat     Reason = "newer-format"     // made by a newer calculator
	UnknownBasis    Reason = "unknown-basis"    // a term basis other than length or dates
	WrongType       Reason = "wrong-type"       // a JSON value of the wrong type (Value: its path)
	DuplicateKey    Reason = "duplicate-key"    // a JSON key given twice (Value: its path)
	NoLines         Reason = "no-lines"         // an estimate to quote holds no line
	InputTooLarge   Reason = "input-too-large"  // a file or link over MaxEstimateBytes

	// A planned addition that cannot be priced (R14).
	AtPurchase      Reason = "at-purchase"      // month 0 or before: not after the purchase
	AfterTermEnd    Reason = "after-term-end"   // on or after the purchase's last month (Limit: its term in months)
	NoPurchase      Reason = "no-purchase"      // no new purchase in the estimate for it to follow
	PurchaseUnclear Reason = "purchase-unclear" // several it could follow, of different years

	// A detail that cannot go on the printed quote (DetailError), or an
	// estimate's name that cannot be kept.
	TooLong Reason = "too-long" // more characters than Limit
	BadText Reason = "bad-text" // control characters or bytes that are no UTF-8 text

	// The estimates kept on a device (quote_number.go, backup.go).
	BadReference     Reason = "bad-reference"      // a quote number that is not "QD-" and letters and digits
	TooManyEstimates Reason = "too-many-estimates" // a backup of more than Limit estimates
)

// Problem is an input error of either kind, InputError or DetailError: its
// short message for beside the field, and its message with the line and
// field named for a list or a command's output.
type Problem interface {
	error
	Message(lang Lang) string
	Detail(lang Lang) string
}

var (
	_ Problem = (*InputError)(nil)
	_ Problem = (*DetailError)(nil)
)

// InputError is a bad input, named by line and field, with its message in
// either language. Line is the 0-based line index, or -1 for inputs of the
// estimate as a whole (the remaining term, the pack advisor, the format).
type InputError struct {
	Line   int
	Field  Field
	Reason Reason
	Value  string // what was entered, as entered
	Limit  int64  // the bound broken, for TooSmall, TooLarge and BelowMinimum
	Unit   Unit   // the unit counted by Limit, where it matters
}

func (e *InputError) Error() string {
	where := string(e.Field)
	if e.Line >= 0 {
		where = "line " + strconv.Itoa(e.Line+1) + ": " + string(e.Field)
	}
	msg := where + ": " + e.Message(EN)
	if (e.Reason == BadFormat || e.Reason == WrongType && e.Field != FieldEstimate) && e.Value != "" {
		msg += " (" + echo(e.Value) + ")" // the technical detail, for scripts and logs
	}
	return msg
}

// Detail is the message with the line and field named, for a list of problems
// or a command's output; a file that cannot be read also says where it
// went wrong (a JSON path or byte), for whoever fixes it.
func (e *InputError) Detail(lang Lang) string {
	f := e.Field.Name(lang)
	s := f + "：" + e.Message(lang)
	switch {
	case lang == EN && e.Line >= 0:
		s = "Line " + strconv.Itoa(e.Line+1) + ", " + f + ": " + e.Message(lang)
	case lang == EN:
		s = capitalize(f) + ": " + e.Message(lang)
	case e.Line >= 0:
		s = "第" + strconv.Itoa(e.Line+1) + "行 " + f + "：" + e.Message(lang)
	}
	if e.Reason == BadFormat && e.Value != "" {
		s += " (" + echo(e.Value) + ")"
	}
	return s
}

// Message is the short message shown next to the field.
func (e *InputError) Message(lang Lang) string {
	if e.Field == FieldBackup {
		return backupMessage(e, lang)
	}
	n := strconv.FormatInt(e.Limit, 10)
	pick := lang.Pick
	switch e.Reason {
	case Empty:
		return pick("请填写"+e.Field.Name(ZH)+"。", "Enter the "+e.Field.Name(EN)+".")
	case NotANumber:
		return pick("请输入数字，例如 3。", "Enter a number, such as 3.")
	case NotWhole:
		return pick("请输入整数。", "Enter a whole number.")
	case TooSmall:
		return pick("不能小于 "+n+"。", "Must be at least "+n+".")
	case TooLarge:
		return pick("不能大于 "+group(n)+"。", "Must be at most "+group(n)+".")
	case BelowMinimum:
		return pick("新购最低 "+e.Unit.Count(ZH, e.Limit)+"起售。", "A new purchase needs at least "+e.Unit.Count(EN, e.Limit)+".")
	case OnlyOneSet:
		return pick("同一企业或经办人限购一套，本估算已有一套新购专业版；为已有专业版加用户请选“增购”。",
			"One set per company or purchaser: this estimate already has a new Professional set. To add users to an existing set, choose “Add to subscription”.")
	case UnknownItem:
		return pick("价目表中没有“"+echo(e.Value)+"”。", "“"+echo(e.Value)+"” is not in the price list.")
	case UnknownIndustry:
		return pick("请选择电商、HRSSC 或教育（含高校）。", "Choose e-commerce, HRSSC or education.")
	case UnknownMode:
		return pick("请选择新购或增购。", "Choose a new purchase or an addition.")
	case ZeroTerm:
		return pick("剩余有效期必须大于 0。", "The remaining term must be longer than zero.")
	case ExpiryNotAfter:
		return pick("到期日期必须晚于增购日期。", "The expiry date must be after the day of the addition.")
	case TermTooLong:
		return pick("剩余有效期不能超过 "+strconv.Itoa(MaxYears)+" 年。", "The remaining term can be at most "+strconv.Itoa(MaxYears)+" years.")
	case BadDate:
		return pick("请输入有效日期，格式为 YYYY-MM-DD。", "Enter a valid date as YYYY-MM-DD.")
	case BadFormat:
		return pick("无法读取此估算：它不是本计算器导出的估算 JSON。", "This estimate cannot be read: it is not an estimate JSON exported by this calculator.")
	case NotALink:
		return pick("地址中的内容不是本计算器的分享链接，已忽略。", "The address holds no share link of this calculator; it was ignored.")
	case LinkPartUnread:
		return pick("链接中有部分内容无法读取（"+echo(e.Value)+"），已打开其余能读取的项目。", "Part of the link could not be read ("+echo(e.Value)+"); everything else in it is open.")
	case TooManyLines:
		return pick("一份估算最多 "+n+" 项，其余项目未打开。", "An estimate holds at most "+n+" items; the rest were not opened.")
	case NewerFormat:
		return pick("此估算由更新版本的计算器生成，请刷新页面后再打开。", "This estimate was made by a newer calculator; reload the page and open it again.")
	case UnknownBasis:
		return pick("“"+echo(e.Value)+"”不是可用的填写方式，应为 length（按年月）或 dates（按日期）。",
			"“"+echo(e.Value)+"” is no basis: use “length” (years and months) or “dates”.")
	case WrongType:
		switch e.Field {
		case FieldEstimate:
			return pick("“"+echo(e.Value)+"”的类型不对。", "“"+echo(e.Value)+"” has the wrong type.")
		case FieldQuantity, FieldYears, FieldTermYears, FieldTermMonths:
			return pick("应为数字，例如 3。", "Must be a number, such as 3.")
		}
		return pick("应为文字（加引号的字符串）。", "Must be text (a quoted string).")
	case DuplicateKey:
		return pick("“"+echo(e.Value)+"”出现了两次，无法确定取哪一个值。", "“"+echo(e.Value)+"” is given twice; which value is meant cannot be told.")
	case NoLines:
		return pick("估算中没有任何项目。", "The estimate has no items.")
	case BadReference:
		return labelMessage(e, lang)
	case InputTooLarge:
		size := strconv.FormatInt(e.Limit>>20, 10) + " MiB"
		return pick("估算文件或链接大于 "+size+"，未读取。", "The estimate file or link is larger than "+size+"; it was not read.")
	case AtPurchase:
		return pick("增购须在新购之后，至少 1 个月；同时购买请计入新购的数量。",
			"An addition comes at least 1 month after the purchase; to buy at the same time, add to the purchase's quantity.")
	case AfterTermEnd:
		last := strconv.FormatInt(e.Limit-1, 10)
		return pick("所跟随的新购有效期共 "+n+" 个月，增购须在第 1 至第 "+last+" 个月。",
			"The purchase it follows runs "+n+" months; an addition comes in month 1 to "+last+".")
	case NoPurchase:
		return pick("本估算中没有可跟随的新购：请先添加同一产品的新购（机器人跟随在线客服），或选择“增购”到已有账号。",
			"This estimate has no new purchase for this addition to follow: add a new purchase of the same item (chatbots follow online chat), or choose “Add to subscription” for a running account.")
	case PurchaseUnclear:
		return pick("本估算中有多项可跟随的新购且年限不同，无法确定此增购跟随哪一项；请只保留一项。",
			"This estimate has several new purchases this addition could follow, with different years; keep only one.")
	case TooLong:
		if e.Field == FieldName {
			return labelMessage(e, lang)
		}
		return pick("最多 "+n+" 个字，缩短之前不会印在报价单上。", "At most "+n+" characters; it is left off the quote until shortened.")
	case BadText:
		if e.Field == FieldName {
			return labelMessage(e, lang)
		}
		return pick("含有控制字符或无法识别的文字，不会印在报价单上。", "Holds control characters or unreadable text; it is left off the quote.")
	}
	return string(e.Reason) // a reason without words yet: its id rather than nothing
}

// maxEchoRunes bounds the input a message repeats: enough to recognise
// it, while a hostile link or file of a megabyte gives a short message.
const maxEchoRunes = 200

// echo is input as a message repeats it: at most maxEchoRunes characters,
// then "…".
func echo(s string) string {
	if len(s) <= maxEchoRunes { // bytes ≥ characters: nothing to count
		return s
	}
	n := 0
	for i := range s {
		if n == maxEchoRunes {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

func capitalize(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}
