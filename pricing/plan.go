package pricing

import (
	"sort"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Planned is the mode of an addition planned in the same estimate as a new
// purchase: "add 3 users after 6 months" (R14). The line says when, in
// Line.After; which purchase it follows is not typed but found (followed):
// the estimate's new purchase of the same item, or for a chatbot the online
// chat purchase, whose expiry it shares (R9). A visitor thinks "3 more users
// after 6 months", not "tied to line 1"; a found purchase cannot point at a
// deleted or moved line, and the quote names the one it found (Follows).
// Its own mode, not "add" with a month, so a calculator that predates plans
// refuses the line instead of pricing it over the running account's term.
const Planned Mode = "plan"

// FieldAfter is Line.After: the months between the purchase and the addition.
const FieldAfter Field = "after"

// Reasons a planned addition cannot be priced (R14).
const (
	AtPurchase      Reason = "at-purchase"      // month 0 or before: not after the purchase
	AfterTermEnd    Reason = "after-term-end"   // on or after the purchase's last month (Limit: its term in months)
	NoPurchase      Reason = "no-purchase"      // no new purchase in the estimate for it to follow
	PurchaseUnclear Reason = "purchase-unclear" // several it could follow, of different years
)

func init() { fieldNames[FieldAfter] = Text{"新购后月数", "months after the purchase"} }

// chatProduct is online chat: chatbots added later end on its expiry (R9).
const chatProduct = "chat"

// planMessage words the plan's reasons; any other reason is shown as its id.
func planMessage(e *InputError, lang Lang) string {
	n := strconv.FormatInt(e.Limit, 10)
	last := strconv.FormatInt(e.Limit-1, 10)
	var t Text
	switch e.Reason {
	case AtPurchase:
		t = Text{"增购须在新购之后，至少 1 个月；同时购买请计入新购的数量。",
			"An addition comes at least 1 month after the purchase; to buy at the same time, add to the purchase's quantity."}
	case AfterTermEnd:
		t = Text{"所跟随的新购有效期共 " + n + " 个月，增购须在第 1 至第 " + last + " 个月。",
			"The purchase it follows runs " + n + " months; an addition comes in month 1 to " + last + "."}
	case NoPurchase:
		t = Text{"本估算中没有可跟随的新购：请先添加同一产品的新购（机器人跟随在线客服），或选择“增购”到已有账号。",
			"This estimate has no new purchase for this addition to follow: add a new purchase of the same item (chatbots follow online chat), or choose “Add to subscription” for a running account."}
	case PurchaseUnclear:
		t = Text{"本估算中有多项可跟随的新购且年限不同，无法确定此增购跟随哪一项；请只保留一项。",
			"This estimate has several new purchases this addition could follow, with different years; keep only one."}
	default:
		return string(e.Reason)
	}
	return t.In(lang)
}

// planTerm is what a planned addition takes from the purchase it follows.
type planTerm struct {
	follows int
	after   int64
	term    RemainingTerm
	ok      bool
	errs    []*InputError
}

type planTerms map[int]planTerm

// planTerms finds, for every planned addition of an annual item, the new
// purchase it follows and its remaining term: Y × 12 − M months (R14).
func (c *Catalog) planTerms(lines []Line) planTerms {
	var out planTerms
	for i, l := range lines {
		it := c.Item(l.Item)
		if l.Mode != Planned || it == nil || it.Billing() != Annual {
			continue
		}
		if out == nil {
			out = planTerms{}
		}
		out[i] = c.planTerm(i, l, it, lines)
	}
	return out
}

func (c *Catalog) planTerm(i int, l Line, it *Item, lines []Line) planTerm {
	p := planTerm{follows: -1}
	fail := func(e *InputError) { p.errs = append(p.errs, e) }

	m, afterErr := parseCount(string(l.After), i, FieldAfter, 1, MaxYears*12-1)
	if afterErr != nil && afterErr.Reason == TooSmall { // 0 or negative: not after the purchase
		afterErr.Reason, afterErr.Limit = AtPurchase, 0
	}
	p.after = m

	// R9: a chatbot follows online chat when the estimate buys it; else every
	// item follows a new purchase of itself.
	var candidates []int
	if it.Unit() == UnitBot {
		candidates = c.newPurchases(lines, func(o *Item) bool { return o.Product().ID == chatProduct })
	}
	if len(candidates) == 0 {
		candidates = c.newPurchases(lines, func(o *Item) bool { return o == it })
	}
	if len(candidates) == 0 {
		fail(&InputError{Line: i, Field: FieldMode, Reason: NoPurchase, Value: string(l.Mode)})
		if afterErr != nil {
			fail(afterErr)
		}
		return p
	}
	years := int64(0)
	for _, j := range candidates {
		y, err := parseCount(string(lines[j].Years), j, FieldYears, 1, MaxYears)
		if err != nil {
			continue // reported on the purchase's own line
		}
		if years != 0 && y != years {
			fail(&InputError{Line: i, Field: FieldMode, Reason: PurchaseUnclear, Value: string(l.Mode)})
			if afterErr != nil {
				fail(afterErr)
			}
			return p
		}
		if years == 0 {
			years, p.follows = y, j
		}
	}
	if p.follows < 0 {
		p.follows = candidates[0]
	}
	switch {
	case afterErr != nil && afterErr.Reason == TooLarge && years > 0:
		fail(&InputError{Line: i, Field: FieldAfter, Reason: AfterTermEnd, Value: string(l.After), Limit: years * 12})
	case afterErr != nil:
		fail(afterErr)
	case years == 0: // the purchase's years are wrong: nothing to count from yet
	case m >= years*12:
		fail(&InputError{Line: i, Field: FieldAfter, Reason: AfterTermEnd, Value: string(l.After), Limit: years * 12})
	default:
		left := years*12 - m
		p.term, p.ok = RemainingTerm{Years: left / 12, Months: left % 12}, true
	}
	return p
}

// newPurchases lists the lines that buy an annual item anew and match.
func (c *Catalog) newPurchases(lines []Line, match func(*Item) bool) []int {
	var out []int
	for j, l := range lines {
		if it := c.Item(l.Item); it != nil && it.Billing() == Annual && (l.Mode == New || l.Mode == "") && match(it) {
			out = append(out, j)
		}
	}
	return out
}

// mark records on a quoted line what its plan entry found.
func (ps planTerms) mark(lq *LineQuote, i int) {
	lq.Follows = -1
	p, ok := ps[i]
	if !ok {
		return
	}
	lq.Planned, lq.After, lq.Follows = true, p.after, p.follows
	lq.Errors = append(lq.Errors, p.errs...)
}

// Plan is a quote seen over time (R14, R15): what is paid now, at each
// planned addition, the whole, and the renewal when a purchase's term ends.
// Running-account additions are paid now; their account's end is not the
// plan's, so they are not in its renewal.
type Plan struct {
	CatalogVersion string
	Months         int64     // the plan's term: its longest purchase, in months (0: no purchase)
	Now            Payment   // month 0: new purchases, one-time items, running-account additions
	Later          []Payment // planned additions, one payment per month, by month
	Total          Money     // the whole plan; the same as the quote's total
	Renewals       []Renewal // one per month a purchase's term ends, by month
	Complete       bool      // the quote has no input errors
	OnRequest      bool      // price-on-request lines are not in any amount (R11)
	OneTime        bool      // the quote has one-time items, which are never renewed (R15)
}

// HasAdditions reports whether anything is paid after month 0.
func (p Plan) HasAdditions() bool { return len(p.Later) > 0 }

// PlansAdditions reports what q.Plan().HasAdditions() does, without
// building the plan: the page asks on every render, and most estimates
// plan nothing.
func (q *Quote) PlansAdditions() bool {
	for i := range q.Lines {
		if l := &q.Lines[i]; l.Planned && l.paid() {
			return true
		}
	}
	return false
}

// paid reports whether the line is in its month's payment: priced, or on
// request with nothing wrong (R11); an on-request addition once its term
// is known.
func (l *LineQuote) paid() bool {
	return l.Priced || l.askedFor()
}

// askedFor is an on-request line that would be paid but has no list price.
func (l *LineQuote) askedFor() bool {
	return l.OnRequest && len(l.Errors) == 0 && (!l.Planned || l.Term.TotalMonths() > 0)
}

// Payment is what is paid at one month of a plan.
type Payment struct {
	Month     int64
	Lines     []int // indexes into Quote.Lines of the lines bought then; their Working shows how
	Amount    Money
	OnRequest bool // some of them have no list price and are not in Amount (R11)
}

// Renewal is one more year, at the end of a term, of every seat and bot the
// plan then holds, at today's list prices (R15). Packs and other one-time
// items are not renewed.
type Renewal struct {
	Month     int64 // when the term ends
	Lines     []RenewalLine
	Amount    Money // a year of the lines with a list price
	OnRequest bool  // some lines have no list price and are not in Amount (R11)
}

// RenewalLine is one item's seats or bots held at the end of a term.
type RenewalLine struct {
	Item      *Item
	Quantity  int64
	Amount    Money // unit × quantity × 1 year, rounded once (R1)
	OnRequest bool
}

// Plan describes the quote over time. It only reads the quote, so it may be
// called on an incomplete one: it then covers the lines that are priced.
func (q *Quote) Plan() Plan {
	p := Plan{CatalogVersion: q.CatalogVersion, Total: q.Total, Complete: q.Complete, OnRequest: q.ExcludesOnRequest}
	later := map[int64]int{} // month → index in p.Later
	ends := map[int64]int{}  // month → index in p.Renewals
	for i, l := range q.Lines {
		if l.paid() {
			pay := &p.Now
			if l.Planned {
				k, ok := later[l.After]
				if !ok {
					k = len(p.Later)
					later[l.After] = k
					p.Later = append(p.Later, Payment{Month: l.After})
				}
				pay = &p.Later[k]
			}
			pay.Lines = append(pay.Lines, i)
			pay.Amount = pay.Amount.Add(l.Amount)
			pay.OnRequest = pay.OnRequest || l.askedFor()
		}
		if l.Kind == KindOnce && l.Item != nil {
			p.OneTime = true
		}
		// R15: the seats and bots a purchase or planned addition holds at its end.
		end := int64(0)
		switch {
		case len(l.Errors) > 0 || l.Item == nil || l.Kind == KindOnce:
		case l.Kind == KindNew:
			end = l.Years * 12
		case l.Planned && (l.Priced || l.OnRequest) && l.Term.TotalMonths() > 0:
			end = l.After + l.Term.TotalMonths()
		}
		if end == 0 {
			continue
		}
		p.Months = max(p.Months, end)
		k, ok := ends[end]
		if !ok {
			k = len(p.Renewals)
			ends[end] = k
			p.Renewals = append(p.Renewals, Renewal{Month: end})
		}
		p.Renewals[k].hold(l.Item, l.Quantity)
	}
	for k := range p.Renewals {
		p.Renewals[k].price()
	}
	sort.Sort(paymentsByMonth(p.Later))
	sort.Sort(renewalsByMonth(p.Renewals))
	return p
}

// Each month has one payment and one renewal at most (the maps above), so
// any sort orders them the same. The sort package's is shared by every
// type; a generic sort would add a copy per type to app.wasm.
type (
	paymentsByMonth []Payment
	renewalsByMonth []Renewal
)

func (s paymentsByMonth) Len() int           { return len(s) }
func (s paymentsByMonth) Less(i, j int) bool { return s[i].Month < s[j].Month }
func (s paymentsByMonth) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s renewalsByMonth) Len() int           { return len(s) }
func (s renewalsByMonth) Less(i, j int) bool { return s[i].Month < s[j].Month }
func (s renewalsByMonth) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// hold adds n units of it to the renewal, one line per item.
func (r *Renewal) hold(it *Item, n int64) {
	for j := range r.Lines {
		if r.Lines[j].Item == it {
			r.Lines[j].Quantity += n
			return
		}
	}
	r.Lines = append(r.Lines, RenewalLine{Item: it, Quantity: n, OnRequest: it.OnRequest})
}

// price prices a year of every line held, each rounded once (R1).
func (r *Renewal) price() {
	for j := range r.Lines {
		l := &r.Lines[j]
		if l.OnRequest {
			r.OnRequest = true
			continue
		}
		l.Amount = round(l.Item.price.Mul(decimal.NewFromInt(l.Quantity)))
		r.Amount = r.Amount.Add(l.Amount)
	}
}

// When names a month of the plan: "现在" / "now" for 0, else "第6个月" / "month 6".
func When(month int64, lang Lang) string {
	switch {
	case lang == EN && month == 0:
		return "now"
	case lang == EN:
		return "month " + itoa(month)
	case month == 0:
		return "现在"
	}
	return "第" + itoa(month) + "个月"
}

// Text writes what is paid (AmountText): "4,795.20 元", "价格请联系架构师" when nothing
// bought then has a list price, "9,000.00 元 + 价格请联系架构师" when some have none.
func (pay Payment) Text(lang Lang) string {
	switch {
	case pay.OnRequest && pay.Amount.IsZero():
		return OnRequestText(lang)
	case pay.OnRequest:
		return AmountText(pay.Amount, lang) + " + " + OnRequestText(lang)
	}
	return AmountText(pay.Amount, lang)
}

// Working writes the plan's total from its payments:
// "现在 9,990.00 元 + 第6个月 4,795.20 元 = 14,785.20 元".
func (p Plan) Working(lang Lang) string {
	var parts []string
	for _, pay := range append([]Payment{p.Now}, p.Later...) {
		if !pay.Amount.IsZero() || !pay.OnRequest {
			parts = append(parts, When(pay.Month, lang)+" "+AmountText(pay.Amount, lang))
		}
	}
	s := strings.Join(parts, " + ") + " = " + AmountText(p.Total, lang)
	if p.OnRequest {
		s += Text{"（不含价格请联系架构师的项目）", " (excluding price-on-request items)"}.In(lang)
	}
	return s
}

// Working writes a renewal's year, line by line:
// "8个用户 × 999元/用户/年 = 7,992.00 元/年"; price-on-request items are named after it.
func (r Renewal) Working(lang Lang) string {
	var parts, asked []string
	for _, l := range r.Lines {
		if l.OnRequest {
			asked = append(asked, l.Item.FullName(lang))
			continue
		}
		w := words(lang, l.Item.Unit())
		parts = append(parts, w.count(l.Quantity)+" × "+w.perYear(l.Item.UnitPrice().Plain()))
	}
	s := ""
	if len(parts) > 0 {
		s = strings.Join(parts, " + ") + " = " + AmountText(r.Amount, lang) + Text{"/年", " a year"}.In(lang)
	}
	if len(asked) > 0 {
		if s != "" {
			s += Text{"；", "; "}.In(lang)
		}
		s += Text{"另有", "plus "}.In(lang) + strings.Join(asked, Text{"、", ", "}.In(lang)) + Text{"：", ": "}.In(lang) + OnRequestText(lang)
	}
	return s
}

// Title names a renewal: "第24个月期满后续费一年" / "Renewal for a year after month 24".
func (r Renewal) Title(lang Lang) string {
	return Text{When(r.Month, ZH) + "期满后续费一年", "Renewal for a year after " + When(r.Month, EN)}.In(lang)
}

// RenewalNote is the label every renewal amount carries (R15).
func (p Plan) RenewalNote(lang Lang) string {
	s := Text{"按今日价目表（" + p.CatalogVersion + "）估算", "An estimate at today's list prices (" + p.CatalogVersion + ")"}.In(lang)
	if p.OneTime {
		s += Text{"；一次性项目不续费", "; one-time items are not renewed"}.In(lang)
	}
	return s + Text{"。", "."}.In(lang)
}

// writePlanText adds the plan and its renewals to a text quote when it
// plans additions (R14, R15).
func writePlanText(b *strings.Builder, q *Quote, lang Lang) {
	p := q.Plan()
	if !p.HasAdditions() {
		return
	}
	b.WriteString(Text{"计划: ", "Plan: "}.In(lang) + p.Working(lang) + "\n")
	for _, r := range p.Renewals {
		b.WriteString(r.Title(lang) + ": " + r.Working(lang) + "\n")
	}
	if len(p.Renewals) > 0 {
		b.WriteString("   " + p.RenewalNote(lang) + "\n")
	}
}

// plannedSuffix is what follows a planned addition's name:
// "（第6个月增购，剩余1年6个月）" / " (added at month 6, 1 year 6 months left)".
func plannedSuffix(l LineQuote, lang Lang) string {
	if l.After < 1 {
		return Text{"（计划增购）", " (planned addition)"}.In(lang)
	}
	if l.Priced || (l.OnRequest && len(l.Errors) == 0) {
		return Text{"（" + When(l.After, ZH) + "增购，剩余" + l.Term.In(ZH) + "）",
			" (added at " + When(l.After, EN) + ", " + l.Term.In(EN) + " left)"}.In(lang)
	}
	return Text{"（" + When(l.After, ZH) + "增购）", " (added at " + When(l.After, EN) + ")"}.In(lang)
}

// additionSuffix is what follows the name of any addition in a quote.
func additionSuffix(l LineQuote, lang Lang) string {
	if l.Planned {
		return plannedSuffix(l, lang)
	}
	return Text{"（增购）", " (addition)"}.In(lang)
}

// ExportPlan is a plan in the JSON export (R14, R15). Amounts are strings to the fen.
type ExportPlan struct {
	Months   int64           `json:"months"`   // the plan's term
	Payments []ExportPayment `json:"payments"` // month 0 first, then by month
	Total    Money           `json:"total"`
	Working  string          `json:"working"` // "现在 9,990.00 元 + 第6个月 4,795.20 元 = 14,785.20 元"
	Renewals []ExportRenewal `json:"renewals,omitempty"`
	Timeline string          `json:"timeline"` // the timeline's text alternative
}

// ExportPayment is what is paid at one month.
type ExportPayment struct {
	Month  int64 `json:"month"`
	Lines  []int `json:"lines"` // 1-based line numbers
	Amount Money `json:"amount"`
}

// ExportRenewal is a year's renewal at the end of a term.
type ExportRenewal struct {
	Month             int64  `json:"month"`
	Amount            Money  `json:"amount"` // a year at today's list prices
	Working           string `json:"working"`
	Note              string `json:"note"` // "按今日价目表（2026-11）估算"
	ExcludesOnRequest bool   `json:"excludesOnRequest,omitempty"`
}

func exportPlan(q *Quote, lang Lang) *ExportPlan {
	p := q.Plan()
	if !p.HasAdditions() {
		return nil
	}
	xp := &ExportPlan{Months: p.Months, Total: p.Total, Working: p.Working(lang), Timeline: p.Timeline(lang).Text}
	for _, pay := range append([]Payment{p.Now}, p.Later...) {
		xpay := ExportPayment{Month: pay.Month, Amount: pay.Amount, Lines: []int{}}
		for _, i := range pay.Lines {
			xpay.Lines = append(xpay.Lines, i+1)
		}
		xp.Payments = append(xp.Payments, xpay)
	}
	for _, r := range p.Renewals {
		xp.Renewals = append(xp.Renewals, ExportRenewal{Month: r.Month, Amount: r.Amount, Working: r.Working(lang),
			Note: p.RenewalNote(lang), ExcludesOnRequest: r.OnRequest})
	}
	return xp
}

// exportPlanned adds a planned addition's month and term to its exported line.
func exportPlanned(xl *ExportLine, l LineQuote, lang Lang) {
	if !l.Planned {
		return
	}
	xl.Name += plannedSuffix(l, lang)
	xl.After = l.After
	if l.Priced || (l.OnRequest && len(l.Errors) == 0) {
		xl.Term = l.Term.String()
	}
}

// writePlanCSV adds the plan's payments, its total and its renewals after
// the total row, amounts in the same column.
func (x Export) writePlanCSV(w safeCSV) {
	p := x.Quote.Plan
	if p == nil {
		return
	}
	lang := x.Lang
	row := func(name string, amount Money, working string) {
		w.Write([]string{"", name, "", "", "", amount.Fixed(), working, ""})
	}
	for _, pay := range p.Payments {
		paid := Text{When(pay.Month, ZH) + "支付", "Paid at " + When(pay.Month, EN)}
		if pay.Month == 0 {
			paid.EN = "Paid now"
		}
		row(paid.In(lang), pay.Amount, "")
	}
	row(Text{"计划合计", "Whole plan"}.In(lang), p.Total, p.Working)
	for _, r := range p.Renewals {
		row(Renewal{Month: r.Month}.Title(lang), r.Amount, r.Working+" "+r.Note)
	}
}
