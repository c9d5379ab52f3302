package pricing

import (
	"slices"
	"strings"
)

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
	case pay.OnRequest && !pay.Priced:
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
		if pay.Priced || !pay.OnRequest {
			parts = append(parts, When(pay.Month, lang)+" "+AmountText(pay.Amount, lang))
		}
	}
	s := p.TotalText(lang)
	if len(parts) > 0 {
		s = strings.Join(parts, " + ") + " = " + s
	}
	if p.OnRequest {
		s += Text{"（不含价格请联系架构师的项目）", " (excluding price-on-request items)"}.In(lang)
	}
	return s
}

// TotalText is the whole plan's amount (AmountText), or "—" when nothing in
// it has a list price.
func (p Plan) TotalText(lang Lang) string {
	if !p.Priced {
		return "—"
	}
	return AmountText(p.Total, lang)
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

// yearText is a renewal's amount a year, or "价格请联系架构师" when no line
// of it has a list price.
func (r Renewal) yearText(lang Lang) string {
	if !r.Priced {
		return OnRequestText(lang)
	}
	return AmountText(r.Amount, lang) + Text{"/年", " a year"}.In(lang)
}

// Title names a renewal: "第24个月期满后续费一年" / "Renewal for a year after month 24".
func (r Renewal) Title(lang Lang) string {
	return Text{When(r.Month, ZH) + "期满后续费一年", "Renewal for a year after " + When(r.Month, EN)}.In(lang)
}

// RenewalNote is the label every renewal amount carries (R15).
func (p Plan) RenewalNote(lang Lang) string {
	s := Text{"按今日价目表（" + p.CatalogVersion + "）估算", "An estimate at today's list prices (" + p.CatalogVersion + ")"}.In(lang)
	var later []string // R19: lists published ahead that will be in force at a renewal
	for _, r := range p.Renewals {
		if r.List != "" && r.List != p.CatalogVersion && !slices.Contains(later, r.List) {
			later = append(later, r.List)
		}
	}
	if len(later) > 0 {
		v := strings.Join(later, ", ")
		s = Text{"按续费时有效的价目表（" + v + "）估算", "An estimate at the list prices in force at the renewal (" + v + ")"}.In(lang)
	}
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
