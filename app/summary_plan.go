package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// planPaid is one payment of a plan as the total box shows it (R14).
type planPaid struct {
	Month        int64
	When, Amount string // "第6个月支付", "4,795.20 元"
}

// planPaidView lists what a plan pays now and at each later month, for the
// total box: without them its total, the whole plan's, reads as what is
// paid now. Nil when the estimate plans no addition.
func planPaidView(q *pricing.Quote, lang pricing.Lang) []planPaid {
	if !q.PlansAdditions() {
		return nil
	}
	p := q.Plan()
	var out []planPaid
	for _, pay := range append([]pricing.Payment{p.Now}, p.Later...) {
		amount := "—" // nothing bought then could be priced: 0.00 would read as a price
		if pay.Priced || pay.OnRequest {
			amount = amountShown(pay.Amount, pay.OnRequest, false, lang)
		}
		out = append(out, planPaid{Month: pay.Month, When: paymentWhen(pay.Month, lang), Amount: amount})
	}
	return out
}

// paymentWhen names a plan's payment: "现在支付", "第6个月支付".
func paymentWhen(month int64, lang pricing.Lang) string {
	if month == 0 {
		return t(lang, msgPlanPaidNow)
	}
	return tf(lang, msgPlanPaidAt, pricing.When(month, lang))
}

// plannedAt marks a planned addition's line with its month: "第6个月增购".
func plannedAt(l *pricing.LineQuote, lang pricing.Lang) string {
	if !l.Planned || l.After < 1 {
		return ""
	}
	return tf(lang, msgPlanLineAt, pricing.When(l.After, lang))
}

// totalHeading names the total: a plan's is the whole plan's.
func totalHeading(q totals, lang pricing.Lang) string {
	if len(q.Plan) > 0 {
		return t(lang, msgPlanTotal)
	}
	return t(lang, msgTotal)
}

// planPaidList shows, under the whole plan's total, what is paid now and
// at each later month.
func planPaidList(paid []planPaid) app.UI {
	rows := make([]app.UI, len(paid))
	for i, p := range paid {
		id := "total-paid-" + strconv.FormatInt(p.Month, 10)
		rows[i] = app.Elem("div").Class("total-plan-row").Body(
			app.Elem("dt").ID(id+"-when").Text(p.When),
			app.Elem("dd").ID(id).Text(p.Amount),
		)
	}
	return app.Elem("dl").ID("total-plan").Class("total-plan").Body(rows...)
}

// planAnnouncement is what the total's live region says of a plan: the
// whole plan's total, then each payment; else plain, the total as it is.
func planAnnouncement(plain string, paid []planPaid, total string, lang pricing.Lang) string {
	if len(paid) == 0 {
		return plain
	}
	s := t(lang, msgPlanTotal) + " " + total
	for _, p := range paid {
		s += lang.Pick("；", "; ") + p.When + " " + p.Amount
	}
	return s
}
