package pricing

import "strconv"

// The words of dated price lists (R19): which list priced a quote and why,
// a line's amount on the quote date beside today's, and a change to come.

// ListNote says why the quote is priced by a list other than today's, or is
// "" when it is priced by today's list alone as quoted.
func (q *Quote) ListNote(lang Lang) string {
	switch {
	case q.Honoured:
		return lang.Pick("按报价日期 "+FormatDate(q.QuoteDate)+" 的价目表 "+q.CatalogVersion+" 计价，报价有效至 "+FormatDate(q.ValidUntil)+"。",
			"Priced by price list "+q.CatalogVersion+", in force on the quote date "+FormatDate(q.QuoteDate)+"; the quote is valid until "+FormatDate(q.ValidUntil)+".")
	case q.Earlier != nil:
		return lang.Pick("报价已于 "+FormatDate(q.ValidUntil)+" 过期，现按今天的价目表 "+q.CatalogVersion+" 计价；价格有变的项目同时列出报价日期（价目表 "+q.Earlier.Version+"）的金额。",
			"The quote expired on "+FormatDate(q.ValidUntil)+"; it is priced by today's price list "+q.CatalogVersion+", and each changed line also shows its amount on the quote date (price list "+q.Earlier.Version+").")
	}
	return ""
}

// BeforeText is a changed line's amount on the quote date (ChangedSince).
func (l *LineQuote) BeforeText(lang Lang) string {
	if !l.BeforePriced {
		return lang.Pick("报价日期时无标价", "No list price on the quote date")
	}
	return lang.Pick("报价日期时 ", "On the quote date: ") + AmountText(l.Before, lang)
}

// OtherList names the list of a line priced by another list than the
// quote's (a planned addition after a change, R14), or is "".
func (l *LineQuote) OtherList(q *Quote, lang Lang) string {
	if l.List == "" || l.List == q.CatalogVersion {
		return ""
	}
	return lang.Pick("按价目表 "+l.List+" 计价（第 "+strconv.FormatInt(l.After, 10)+" 个月时有效）",
		"Priced by price list "+l.List+" (in force in month "+strconv.FormatInt(l.After, 10)+")")
}

// Heading is the change's one line: "价格将于 2027-01-01 调整".
func (ch *Change) Heading(lang Lang) string {
	return lang.Pick("价格将于 "+ch.List.Date+" 调整（价目表 "+ch.List.Version+"）",
		"Prices change on "+ch.List.Date+" (price list "+ch.List.Version+")")
}

// Details are the change's lines for people: the estimate's lines it
// changes, with today's and the new amount; else the items it reprices;
// and, when the estimate keeps its prices past the change, until when.
func (ch *Change) Details(q *Quote, lang Lang) []string {
	var out []string
	amount := func(m Money, priced bool) string {
		if !priced {
			return lang.Pick("无标价", "no list price")
		}
		return AmountText(m, lang)
	}
	for _, cl := range ch.Lines {
		name := q.Lines[cl.Index].Line.Item
		if it := q.Lines[cl.Index].Item; it != nil {
			name = it.FullName(lang)
		}
		n := strconv.Itoa(cl.Index + 1)
		out = append(out, lang.Pick("第 "+n+" 项 "+name+"：", "Line "+n+", "+name+": ")+
			amount(cl.Now, cl.NowPriced)+" → "+amount(cl.Then, cl.ThenPriced))
	}
	if len(ch.Lines) == 0 {
		for _, ci := range ch.Items {
			then := lang.Pick("不再有标价", "no list price")
			if ci.ThenPriced {
				then = UnitPriceText(ch.List.Item(ci.Item.ID), lang)
			}
			out = append(out, ci.Item.FullName(lang)+lang.Pick("：", ": ")+UnitPriceText(ci.Item, lang)+" → "+then)
		}
	}
	if !ch.KeptUntil.IsZero() {
		out = append(out, lang.Pick("本估算的报价有效至 "+FormatDate(ch.KeptUntil)+"，在此之前仍按现价。",
			"This estimate's quote is valid until "+FormatDate(ch.KeptUntil)+" and keeps today's prices until then."))
	}
	return out
}
