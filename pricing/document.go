package pricing

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// Document is a quote as it prints (报价单): the header, one row per line,
// the total in figures and words, and the terms that apply. The page's
// printed quote and the quote command both write it, so they agree.
type Document struct {
	Lang           Lang
	Reference      string // Reference(e, q)
	Date           string // the day of the quote, YYYY-MM-DD
	ValidDays      int64  // 0 when the visitor's validity cannot be read
	ValidUntil     string // Date + ValidDays
	CatalogVersion string
	CatalogDate    string

	// The details as printed: each empty when not given or not printable.
	Customer, Contact, Notes string

	Term              string   // the remaining term the additions share, for people
	TermCounted       string   // by dates: between which days it was counted (R8)
	TermProblems      []string // why the term cannot be read: additions are not priced
	Rows              []DocumentRow
	Total             Money
	Priced            bool   // some line has an amount (Quote.HasTotal); else the total reads "—", never 0.00
	TotalInWords      string // 玖仟玖佰玖拾元整; empty while the quote is incomplete or nothing is priced
	ExcludesOnRequest bool
	Complete          bool
	Terms             []string

	Problems []*DetailError // details left out of the document
}

// DocumentRow is one line of the document's table.
type DocumentRow struct {
	Number    int    // 序号, from 1
	Product   string // 在线客服 基础版, with the industry
	Purchase  string // 新购, 增购 or 一次性购买
	Quantity  string // 5个用户 / 5 users
	Term      string // 2年; 剩余1年6个月; empty for one-time items
	UnitPrice string // 999.00; empty on request
	Per       string // what the unit price is for: 元/用户/年, /user/yr
	Working   string // the line's working as the page writes it
	Amount    string // 9,990.00, or 价格请联系架构师
	OnRequest bool
	Problems  []string // the line's input errors: it is not priced

	amount Money // the amount of a priced row, for AmountText
}

// NewDocument describes q, priced from e on day, in lang.
func NewDocument(e Estimate, q *Quote, lang Lang, day time.Time) Document {
	if e.Date != "" && !q.QuoteDate.IsZero() { // a dated quote is valid from its date (R19)
		day = q.QuoteDate
	}
	d := Document{
		Lang: lang, Reference: Reference(e, q), Date: FormatDate(day),
		CatalogVersion: q.CatalogVersion, CatalogDate: q.CatalogDate,
		Total: q.Total, ExcludesOnRequest: q.ExcludesOnRequest, Complete: q.Complete,
		Problems: e.Details.Problems(),
	}
	d.Customer, d.Contact, d.Notes, d.ValidDays = e.Details.printable()
	if d.ValidDays > 0 {
		d.ValidUntil = FormatDate(day.AddDate(0, 0, int(d.ValidDays)))
	}
	if q.HasAdditions && q.TermOK {
		d.Term = q.Term.In(lang)
		if !q.Expiry.IsZero() {
			d.TermCounted = FormatDate(q.From) + " → " + FormatDate(q.Expiry) +
				lang.Pick("，不满一个月按一个月计", ", a started month counts as a whole month")
		}
	}
	for _, te := range q.TermErrors {
		d.TermProblems = append(d.TermProblems, te.Detail(lang))
	}
	d.Priced = q.HasTotal()
	if q.Complete && d.Priced {
		d.TotalInWords, _ = AmountInWords(q.Total, lang)
	}
	for i, l := range q.Lines {
		r := documentRow(i, l, lang)
		if other := l.OtherList(q, lang); other != "" && r.Working != "" { // R19: say which list priced it
			r.Working += lang.Pick("；", "; ") + other
		}
		if l.ChangedSince {
			r.Working = strings.TrimPrefix(r.Working+lang.Pick("；", "; ")+l.BeforeText(lang), lang.Pick("；", "; "))
		}
		d.Rows = append(d.Rows, r)
	}
	d.Terms = documentTerms(q, d, lang)
	if note := q.ListNote(lang); note != "" {
		d.Terms = append(d.Terms, note)
	}
	return d
}

func documentRow(i int, l LineQuote, lang Lang) DocumentRow {
	t := func(zh, en string) string { return lang.Pick(zh, en) }
	r := DocumentRow{Number: i + 1, Product: l.Line.Item, Amount: "—"}
	for _, e := range l.Errors {
		r.Problems = append(r.Problems, e.Detail(lang))
	}
	if l.Item == nil {
		return r
	}
	r.Product = l.Item.FullName(lang)
	if l.Industry != nil {
		r.Product += " · " + l.Industry.Name.In(lang)
	}
	r.Purchase = purchaseType(l, lang)
	if l.Planned { // R14: an addition planned after a purchase of this estimate
		r.Purchase += t("（", " (") + When(l.After, lang) + t("）", ")")
	}
	if len(l.Errors) > 0 {
		return r
	}
	w := words(lang, l.Item.Unit())
	r.Quantity = w.count(l.Quantity)
	switch l.Kind {
	case KindNew:
		r.Term = RemainingTerm{Years: l.Years}.In(lang)
	case KindAdd:
		if l.Priced {
			r.Term = t("剩余", "") + l.Term.In(lang) + t("", " left")
		}
	}
	if l.OnRequest {
		r.Amount, r.OnRequest = OnRequestText(lang), true
		return r
	}
	if l.Kind == KindOnce {
		r.Per = w.setRate
	} else {
		r.Per = w.yearRate
	}
	r.UnitPrice = l.UnitPrice.String()
	if l.Priced {
		r.Working, r.Amount, r.amount = l.Working(lang), l.Amount.String(), l.Amount
	}
	return r
}

// purchaseType names how a quoted line is bought, as the printed quote and
// the CSV write it: 新购, 增购, 计划增购 or 一次性购买; empty when the item or
// its mode is unknown.
func purchaseType(l LineQuote, lang Lang) string {
	switch {
	case l.Item == nil:
	case l.Kind == KindNew:
		return lang.Pick("新购", "New purchase")
	case l.Kind == KindAdd && l.Planned:
		return lang.Pick("计划增购", "Planned addition")
	case l.Kind == KindAdd:
		return lang.Pick("增购", "Addition")
	case l.Item.Billing() == Once: // not an annual item of an unknown mode
		return lang.Pick("一次性购买", "One-time")
	}
	return ""
}

// documentTerms are the terms that apply to q, drawn from the rules.
func documentTerms(q *Quote, d Document, lang Lang) []string {
	t := func(zh, en string) string { return lang.Pick(zh, en) }
	var annual, once, add, byDates bool
	for _, l := range q.Lines {
		if l.Item == nil {
			continue
		}
		annual = annual || l.Item.Billing() == Annual
		once = once || l.Item.Billing() == Once
		add = add || l.Kind == KindAdd
	}
	byDates = !q.Expiry.IsZero()
	terms := []string{ // R5
		t("价格为腾讯企点客服价目表 "+d.CatalogVersion+"（"+d.CatalogDate+"）公布的标价，以人民币计。",
			"Prices are the published list prices of the Tencent Qidian customer service price list "+d.CatalogVersion+" ("+d.CatalogDate+"), in CNY."),
	}
	if add { // R7, R8, R9
		s := t("增购按账号剩余有效期折算，与账号同日到期：整年按年价，其余每月按年价的十分之一计，不超过一年的年价。",
			"Additions are prorated to the account's expiry: whole years at the yearly price, each further month at a tenth of it, at most one year's price.")
		if byDates {
			s += t("剩余有效期从增购日算起，不满一个月按一个月计。", " The remaining term counts from the day of the addition; a started month counts as a whole month.")
		}
		terms = append(terms, s)
	}
	if annual { // R10
		terms = append(terms, t("有效期内减少用户或机器人，当期费用不予退还。",
			"Users or bots removed during a term are not refunded for that term."))
	}
	if once { // R12
		terms = append(terms, t("会话充值包和行业知识云按套一次性购买，不分年限，不折算。",
			"Session packs and the industry knowledge cloud are bought once, per set: no years, no proration."))
	}
	if q.ExcludesOnRequest { // R11
		terms = append(terms, t("标注“价格请联系架构师”的项目不计入合计，其价格请联系架构师确认。",
			`Items marked "Price on request" are not in the total; ask an architect for their price.`))
	}
	if d.ValidDays > 0 {
		terms = append(terms, t("本报价单自 "+d.Date+" 起 "+strconv.FormatInt(d.ValidDays, 10)+" 天内有效（至 "+d.ValidUntil+"）。",
			"This quotation is valid for "+plural(d.ValidDays, "day")+" from "+d.Date+" (until "+d.ValidUntil+")."))
	}
	return terms
}

// WriteDocument writes the document as plain text, as the quote command
// prints it: the header, one paragraph per row, the total in figures and
// words, and the terms.
func WriteDocument(w io.Writer, d Document) error {
	t := func(zh, en string) string { return d.Lang.Pick(zh, en) }
	var b strings.Builder
	field := func(label, value string) {
		if value != "" {
			b.WriteString(label + value + "\n")
		}
	}
	b.WriteString(t("报价单", "Quotation") + "\n")
	field(t("卖方：", "Seller: "), t("腾讯企点客服", "Tencent Qidian customer service"))
	field(t("报价单号：", "Reference: "), d.Reference)
	field(t("日期：", "Date: "), d.Date)
	if d.ValidDays > 0 {
		field(t("有效期：", "Valid: "), t(strconv.FormatInt(d.ValidDays, 10)+" 天（至 "+d.ValidUntil+"）",
			plural(d.ValidDays, "day")+" (until "+d.ValidUntil+")"))
	}
	field(t("价目表：", "Price list: "), d.CatalogVersion+t("（", " (")+d.CatalogDate+t("）", ")"))
	field(t("客户名称：", "Customer: "), d.Customer)
	field(t("经办人：", "Prepared by: "), d.Contact)
	// The notes' line breaks are written \n: a line of the visitor's own
	// could otherwise read as the quote's, "合计：0.00 元" above the total.
	field(t("备注：", "Notes: "), Printable(d.Notes))
	for _, p := range d.Problems {
		b.WriteString("! " + p.Detail(d.Lang) + "\n")
	}
	if d.Term != "" {
		term := d.Term
		if d.TermCounted != "" {
			term += t("（", " (") + d.TermCounted + t("）", ")")
		}
		field(t("剩余有效期：", "Remaining term: "), term)
	}
	for _, p := range d.TermProblems {
		b.WriteString("! " + Printable(p) + "\n")
	}
	b.WriteByte('\n')
	for _, r := range d.Rows {
		cells := []string{r.Product}
		for _, c := range []string{r.Purchase, r.Quantity, r.Term} {
			if c != "" {
				cells = append(cells, c)
			}
		}
		if r.UnitPrice != "" {
			cells = append(cells, t("单价 ", "unit price ")+priceText(r.UnitPrice, t(" ", "")+r.Per, d.Lang))
		}
		amount := r.Amount
		if r.Working != "" {
			amount = AmountText(r.amount, d.Lang)
		}
		// The product is the item id as typed when it is unknown: it may hold anything.
		fmt.Fprintf(&b, "%d. %s%s%s\n", r.Number, Printable(strings.Join(cells, t("｜", " | "))), t("：", ": "), amount)
		if r.Working != "" {
			b.WriteString("   " + r.Working + "\n")
		}
		for _, p := range r.Problems {
			b.WriteString("   ! " + Printable(p) + "\n")
		}
	}
	b.WriteString(t("合计：", "Total: ") + d.TotalFigure(true))
	switch {
	case !d.Complete:
		b.WriteString(t("（不完整：请先更正上面标出的输入）", " (incomplete: correct the inputs marked above)"))
	case !d.Priced && d.ExcludesOnRequest:
		b.WriteString(t("（均为价格请联系架构师的项目，没有可合计的标价）", " (every item is price on request: no list price to add up)"))
	case d.ExcludesOnRequest:

		b.WriteString(t("（不含价格请联系架构师的项目）", " (excludes price-on-request items)"))
	}
	b.WriteByte('\n')
	field(t("合计（大写）：人民币", "Total in words: "), d.TotalInWords)
	b.WriteString("\n" + t("说明：", "Terms:") + "\n")
	for i, s := range d.Terms {
		b.WriteString(strconv.Itoa(i+1) + ". " + s + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// TotalFigure is the total as the document shows it: "—" while no line has
// an amount, else the amount, with its currency when withCurrency.
func (d Document) TotalFigure(withCurrency bool) string {
	switch {
	case !d.Priced:
		return "—"
	case withCurrency:
		return AmountText(d.Total, d.Lang)
	}
	return d.Total.String()
}
