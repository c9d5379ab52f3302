package pricing

import (
	"strconv"
	"strings"
)

// Working writes how the line's amount is computed, the way the source
// writes it: "3个用户 × 1年 × 999元/用户/年 + 3个用户 × 6个月 × 999元/10/用户/月 = 4,795.20 元".
// It is empty for a line that is not priced.
func (l LineQuote) Working(lang Lang) string {
	if l.OnRequest && l.Item != nil {
		return OnRequestText(lang)
	}
	if !l.Priced {
		return ""
	}
	w := words(lang, l.Item.Unit())
	price := l.UnitPrice.Plain()
	var parts []string
	switch l.Kind {
	case KindNew:
		parts = append(parts, w.count(l.Quantity)+" × "+w.years(l.Years)+" × "+w.perYear(price))
	case KindOnce:
		parts = append(parts, w.count(l.Quantity)+" × "+w.perSet(price))
	case KindAdd:
		if l.Term.Years > 0 {
			parts = append(parts, w.count(l.Quantity)+" × "+w.years(l.Term.Years)+" × "+w.perYear(price))
		}
		switch {
		case l.Capped:
			parts = append(parts, w.count(l.Quantity)+" × "+w.perYear(price)+w.capped(l.Term.Months))
		case l.Term.Months > 0:
			parts = append(parts, w.count(l.Quantity)+" × "+w.months(l.Term.Months)+" × "+w.perMonth(price))
		}
	}
	return strings.Join(parts, " + ") + " = " + AmountText(l.Amount, lang)
}

// AmountText writes an amount with its currency, the one way the calculator
// shows money (R1): "4,795.20 元".
func AmountText(m Money, lang Lang) string { return m.String() + " 元" }

// OnRequestText is what stands in place of a price-on-request item's amount (R11).
func OnRequestText(lang Lang) string {
	return lang.Pick("价格请联系架构师", "Price on request")
}

type wording struct {
	count, years, months      func(int64) string
	perYear, perMonth, perSet func(string) string
	capped                    func(int64) string
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func words(lang Lang, u Unit) wording {
	if lang == EN {
		name := u.Per(EN)
		return wording{
			count:    func(n int64) string { return u.Count(EN, n) },
			years:    func(n int64) string { return itoa(n) + " yr" },
			months:   func(n int64) string { return itoa(n) + " mo" },
			perYear:  func(p string) string { return p + " 元/" + name + "/yr" },
			perMonth: func(p string) string { return p + " 元/10/" + name + "/mo" },
			perSet:   func(p string) string { return p + " 元/" + name },
			capped: func(m int64) string {
				return " (" + itoa(m) + " months, capped at one year)"
			},
		}
	}
	per := u.Per(ZH)
	return wording{
		count:    func(n int64) string { return u.Count(ZH, n) },
		years:    func(n int64) string { return itoa(n) + "年" },
		months:   func(n int64) string { return itoa(n) + "个月" },
		perYear:  func(p string) string { return p + "元/" + per + "/年" },
		perMonth: func(p string) string { return p + "元/10/" + per + "/月" },
		perSet:   func(p string) string { return p + "元/" + per },
		capped: func(m int64) string {
			return "（" + itoa(m) + "个月，不满整年部分封顶按整年计）"
		},
	}
}
