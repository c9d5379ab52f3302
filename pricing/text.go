package pricing

import (
	"fmt"
	"io"
	"strings"
)

// WriteText writes a quote as a plain-text table for people: one line per
// estimate line with its amount and working, problems, then the total.
func WriteText(w io.Writer, q *Quote, lang Lang) error {
	var b strings.Builder
	t := lang.Pick
	fmt.Fprintf(&b, "%s %s (%s)\n", t("价目表版本", "Price list"), q.CatalogVersion, q.CatalogDate)
	if note := q.ListNote(lang); note != "" {
		fmt.Fprintf(&b, "%s\n", note)
	}
	if q.HasAdditions && q.TermOK {
		fmt.Fprintf(&b, "%s: %s", t("剩余有效期", "Remaining term"), q.Term.In(lang))
		if !q.Expiry.IsZero() {
			fmt.Fprintf(&b, " (%s → %s, %s)", FormatDate(q.From), FormatDate(q.Expiry),
				t("不满一个月按一个月计", "a started month counts as a whole month"))
		}
		b.WriteByte('\n')
	}
	for _, e := range q.TermErrors {
		fmt.Fprintf(&b, "! %s\n", Printable(e.Detail(lang)))
	}
	for i, l := range q.Lines {
		name := Printable(l.Line.Item) // as typed: it may hold anything
		if l.Item != nil {
			name = l.Item.FullName(lang)
			if l.Industry != nil {
				name += " · " + l.Industry.Name.In(lang)
			}
		}
		if l.Kind == KindAdd {
			name += additionSuffix(l, lang)
		}
		amount := "—"
		switch {
		case l.OnRequest && len(l.Errors) == 0:
			amount = OnRequestText(lang)
		case l.Priced:
			amount = AmountText(l.Amount, lang)
		}
		fmt.Fprintf(&b, "%d. %s: %s\n", i+1, name, amount)
		if l.Priced {
			fmt.Fprintf(&b, "   %s\n", l.Working(lang))
		}
		if other := l.OtherList(q, lang); other != "" {
			fmt.Fprintf(&b, "   %s\n", other)
		}
		if l.ChangedSince {
			fmt.Fprintf(&b, "   %s\n", l.BeforeText(lang))
		}
		for _, e := range l.Errors {
			fmt.Fprintf(&b, "   ! %s\n", Printable(e.Detail(lang)))
		}
	}
	total := "—" // nothing has an amount: no total, never 0.00
	if q.HasTotal() {
		total = AmountText(q.Total, lang)
	}
	fmt.Fprintf(&b, "%s: %s", t("合计", "Total"), total)
	switch {
	case q.ExcludesOnRequest && q.Complete && !q.HasTotal():
		b.WriteString(t("（均为价格请联系架构师的项目，没有可合计的标价）", " (every item is price on request: no list price to add up)"))
	case q.ExcludesOnRequest:
		b.WriteString(t("（不含价格请联系架构师的项目）", " (excludes price-on-request items)"))
	}
	if !q.Complete {
		b.WriteString(t("（不完整：请先更正上面标出的输入）", " (incomplete: correct the inputs marked above)"))
	}
	b.WriteByte('\n')
	writePlanText(&b, q, lang) // R14, R15
	_, err := io.WriteString(w, b.String())
	return err
}
