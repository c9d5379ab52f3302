package pricing

// ExportPlan is a plan in the JSON export (R14, R15). Amounts are strings to the fen.
type ExportPlan struct {
	Months   int64           `json:"months"`   // the plan's term
	Payments []ExportPayment `json:"payments"` // month 0 first, then by month
	Total    *Money          `json:"total"`    // null when nothing has a list price
	Working  string          `json:"working"`  // "现在 9,990.00 元 + 第6个月 4,795.20 元 = 14,785.20 元"
	Renewals []ExportRenewal `json:"renewals,omitempty"`
	Timeline string          `json:"timeline"` // the timeline's text alternative
}

// ExportPayment is what is paid at one month.
type ExportPayment struct {
	Month  int64  `json:"month"`
	Lines  []int  `json:"lines"`  // 1-based line numbers
	Amount *Money `json:"amount"` // null when nothing bought then has a list price
}

// ExportRenewal is a year's renewal at the end of a term.
type ExportRenewal struct {
	Month             int64  `json:"month"`
	Amount            *Money `json:"amount"` // a year at today's list prices; null when none has one
	Working           string `json:"working"`
	Note              string `json:"note"`           // "按今日价目表（2026-11）估算"
	List              string `json:"list,omitempty"` // R19: the list of the renewal's day, when not the quote's
	ExcludesOnRequest bool   `json:"excludesOnRequest,omitempty"`
}

func exportPlan(q *Quote, lang Lang) *ExportPlan {
	p := q.Plan()
	if !p.HasAdditions() {
		return nil
	}
	xp := &ExportPlan{Months: p.Months, Total: amountIf(p.Priced, p.Total), Working: p.Working(lang), Timeline: p.Timeline(lang).Text}
	for _, pay := range append([]Payment{p.Now}, p.Later...) {
		xpay := ExportPayment{Month: pay.Month, Amount: amountIf(pay.Priced || !pay.OnRequest, pay.Amount), Lines: []int{}}
		for _, i := range pay.Lines {
			xpay.Lines = append(xpay.Lines, i+1)
		}
		xp.Payments = append(xp.Payments, xpay)
	}
	for _, r := range p.Renewals {
		xp.Renewals = append(xp.Renewals, ExportRenewal{Month: r.Month, Amount: amountIf(r.Priced, r.Amount), Working: r.Working(lang),
			Note: p.RenewalNote(lang), ExcludesOnRequest: r.OnRequest})
		if r.List != p.CatalogVersion {
			xp.Renewals[len(xp.Renewals)-1].List = r.List
		}
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
	row := func(name string, amount *Money, working string) {
		w.Write(totalRow(name, fixedOrEmpty(amount), working, ""))
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
