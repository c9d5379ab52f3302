package pricing

import (
	"strconv"
	"strings"
)

// Working writes how the line's amount is computed, the way the source
// writes it: "3个用户 × 1年 × 999元/用户/年 + 3个用户 × 6个月 × 999元/10/用户/月 = 4,795.20 元",
// in English "3 users × 1 yr × ¥999/user/yr + 3 users × 6 mo × ¥999/10/user/mo = ¥4,795.20".
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
// shows money to people (R1): "4,795.20 元" in Chinese, "¥4,795.20" in English.
func AmountText(m Money, lang Lang) string { return priceText(m.String(), lang.Pick(" 元", ""), lang) }

// Currency is the currency's sign where a column of bare amounts names it
// ("金额（元）", "Amount (¥)"): 元 in Chinese, ¥ in English.
func Currency(lang Lang) string { return lang.Pick("元", "¥") }

// priceText writes a price with its currency and what follows it: Chinese
// puts 元 in rate ("999" "元/用户/年"); English writes ¥ before the number
// ("¥999" "/user/yr").
func priceText(price, rate string, lang Lang) string {
	if lang == EN {
		return "¥" + price + rate
	}
	return price + rate
}

// UnitPriceText is an item's list price as a rate: "999元/用户/年",
// "¥1,600/set", or OnRequestText for a price-on-request item (R11).
func UnitPriceText(it *Item, lang Lang) string {
	if it.OnRequest {
		return OnRequestText(lang)
	}
	w := words(lang, it.Unit())
	if it.Billing() == Once {
		return w.perSet(it.UnitPrice().Plain())
	}
	return w.perYear(it.UnitPrice().Plain())
}

// OnRequestText is what stands in place of a price-on-request item's amount (R11).
func OnRequestText(lang Lang) string {
	return lang.Pick("价格请联系架构师", "Price on request")
}

type wording struct {
	lang                 Lang
	count, years, months func(int64) string
	// What follows a unit price: "元/用户/年" in Chinese, "/user/yr" in English.
	yearRate, monthRate, setRate string
	capped                       func(int64) string
}

func (w wording) perYear(p string) string  { return priceText(p, w.yearRate, w.lang) }
func (w wording) perMonth(p string) string { return priceText(p, w.monthRate, w.lang) }
func (w wording) perSet(p string) string   { return priceText(p, w.setRate, w.lang) }

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func words(lang Lang, u Unit) wording {
	if lang == EN {
		name := u.Per(EN)
		return wording{
			lang:      EN,
			count:     func(n int64) string { return u.Count(EN, n) },
			years:     func(n int64) string { return itoa(n) + " yr" },
			months:    func(n int64) string { return itoa(n) + " mo" },
			yearRate:  "/" + name + "/yr",
			monthRate: "/10/" + name + "/mo",
			setRate:   "/" + name,
			capped: func(m int64) string {
				return " (" + itoa(m) + " months, capped at one year)"
			},
		}
	}
	per := u.Per(ZH)
	return wording{
		lang:      ZH,
		count:     func(n int64) string { return u.Count(ZH, n) },
		years:     func(n int64) string { return itoa(n) + "年" },
		months:    func(n int64) string { return itoa(n) + "个月" },
		yearRate:  "元/" + per + "/年",
		monthRate: "元/10/" + per + "/月",
		setRate:   "元/" + per,
		capped: func(m int64) string {
			return "（" + itoa(m) + "个月，不满整年部分封顶按整年计）"
		},
	}
}
