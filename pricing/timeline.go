package pricing

import "strings"

// Timeline is a plan laid out for a picture: a bar from month 0 to Months,
// a mark for each payment and renewal, and the same figures as text for
// screen readers and print. Positions are given in thousandths of the bar,
// so the page draws it without any arithmetic of its own.
type Timeline struct {
	Months int64  // the bar runs from month 0 to Months; 0 when the quote has no purchase
	Ticks  []Tick // each whole year inside the bar
	Marks  []Mark // payments by month, then the renewals at the end of each term
	Text   string // the text alternative, with every figure of the marks
}

// MarkKind says what a mark on the timeline is.
type MarkKind string

const (
	MarkPurchase MarkKind = "purchase" // month 0: what is paid now
	MarkAddition MarkKind = "addition" // planned additions of one month (R14)
	MarkRenewal  MarkKind = "renewal"  // a year's renewal at the end of a term (R15)
)

// Mark is one labelled point of the timeline.
type Mark struct {
	Kind      MarkKind
	Month     int64
	Permille  int64  // Month / Months in thousandths: where the mark stands on the bar
	Title     string // "现在", "第6个月", "第24个月期满后续费一年"; "Now", "Month 6", …
	Amount    Money
	Label     string // the amount as shown: "9,990.00 元", a renewal "7,992.00 元/年", "价格请联系架构师"
	OnRequest bool   // items without a list price are not in Amount (R11)
}

// Tick is a year boundary on the bar.
type Tick struct {
	Month    int64
	Permille int64
	Label    string // "1年" / "1 yr"
}

// Timeline lays the plan out in lang.
func (p Plan) Timeline(lang Lang) Timeline {
	t := Timeline{Months: p.Months}
	if p.Months == 0 {
		return t
	}
	at := func(month int64) int64 { return month * 1000 / p.Months }
	for m := int64(12); m < p.Months; m += 12 {
		t.Ticks = append(t.Ticks, Tick{Month: m, Permille: at(m), Label: Text{itoa(m/12) + "年", itoa(m/12) + " yr"}.In(lang)})
	}
	title := func(month int64) string { return capitalize(When(month, lang)) }
	t.Marks = append(t.Marks, Mark{Kind: MarkPurchase, Title: title(0), Amount: p.Now.Amount,
		Label: p.Now.Text(lang), OnRequest: p.Now.OnRequest})
	for _, pay := range p.Later {
		t.Marks = append(t.Marks, Mark{Kind: MarkAddition, Month: pay.Month, Permille: at(pay.Month),
			Title: title(pay.Month), Amount: pay.Amount, Label: pay.Text(lang), OnRequest: pay.OnRequest})
	}
	for _, r := range p.Renewals {
		t.Marks = append(t.Marks, Mark{Kind: MarkRenewal, Month: r.Month, Permille: at(r.Month),
			Title: r.Title(lang), Amount: r.Amount, Label: r.yearText(lang), OnRequest: r.OnRequest})
	}
	t.Text = p.timelineText(lang)
	return t
}

// timelineText is the timeline in words: "付款时间线，共24个月（2年）：现在
// 9,990.00 元；第6个月 4,795.20 元；整个计划合计 14,785.20 元。第24个月期满后
// 续费一年：8个用户 × 999元/用户/年 = 7,992.00 元/年。按今日价目表（2026-11）估算。"
func (p Plan) timelineText(lang Lang) string {
	var b strings.Builder
	length := RemainingTerm{Years: p.Months / 12, Months: p.Months % 12}
	sep := Text{"；", "; "}.In(lang)
	b.WriteString(Text{"付款时间线，共" + itoa(p.Months) + "个月",
		"Payment timeline over " + plural(p.Months, "month")}.In(lang))
	if p.Months >= 12 {
		b.WriteString(Text{"（" + length.In(ZH) + "）", " (" + length.In(EN) + ")"}.In(lang))
	}
	b.WriteString(Text{"：", ": "}.In(lang))
	var parts []string
	for _, pay := range append([]Payment{p.Now}, p.Later...) {
		parts = append(parts, When(pay.Month, lang)+" "+pay.Text(lang))
	}
	parts = append(parts, Text{"整个计划合计 ", "the whole plan "}.In(lang)+p.TotalText(lang))
	b.WriteString(strings.Join(parts, sep))
	if p.OnRequest {
		b.WriteString(Text{"（不含价格请联系架构师的项目）", " (excluding price-on-request items)"}.In(lang))
	}
	if !p.Complete {
		b.WriteString(Text{"（不完整：有输入需要更正）", " (incomplete: some inputs need correcting)"}.In(lang))
	}
	b.WriteString(Text{"。", ". "}.In(lang))
	for _, r := range p.Renewals {
		b.WriteString(r.Title(lang) + Text{"：", ": "}.In(lang) + r.Working(lang) + Text{"。", ". "}.In(lang))
	}
	if len(p.Renewals) > 0 {
		b.WriteString(p.RenewalNote(lang))
	}
	return strings.TrimSpace(b.String())
}
