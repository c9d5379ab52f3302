package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// planData is what the plan section shows of a quote, already in words:
// every amount and working comes from pricing (R14, R15).
type planData struct {
	Payments   []paymentData
	Total      string // "14,785.20 元"
	Working    string // "现在 9,990.00 元 + 第6个月 4,795.20 元 = 14,785.20 元"
	Renewals   []renewalData
	Note       string // the renewal's label: an estimate at today's list prices
	Incomplete bool
	OnRequest  bool
	Timeline   pricing.Timeline
}

// paymentData is what is paid at one month and the lines bought then.
type paymentData struct {
	Month  int64
	When   string // "现在支付", "第6个月支付"
	Amount string
	Lines  []paidLine
}

type paidLine struct {
	Name    string // the item, and for a planned addition the term it has left
	Working string
}

type renewalData struct {
	Title   string
	Amount  string // "7,992.00 元/年"
	Working string
}

// planView words the quote's plan in lang.
func planView(q *pricing.Quote, lang pricing.Lang) planData {
	p := q.Plan()
	d := planData{
		Total: p.TotalText(lang), Working: p.Working(lang),
		Note: p.RenewalNote(lang), Incomplete: !p.Complete, OnRequest: p.OnRequest,
		Timeline: p.Timeline(lang),
	}
	for _, pay := range append([]pricing.Payment{p.Now}, p.Later...) {
		pd := paymentData{Month: pay.Month, Amount: amountShown(pay.Amount, pay.OnRequest, false, lang), When: paymentWhen(pay.Month, lang)}
		for _, i := range pay.Lines {
			l := q.Lines[i]
			pl := paidLine{Name: l.Item.FullName(lang)}
			if l.Planned {
				pl.Name += tf(lang, msgPlanLeft, l.Term.In(lang))
			}
			if l.Priced {
				pl.Working = l.Working(lang)
			} else {
				pl.Working = pricing.OnRequestText(lang)
			}
			pd.Lines = append(pd.Lines, pl)
		}
		d.Payments = append(d.Payments, pd)
	}
	for _, r := range p.Renewals {
		d.Renewals = append(d.Renewals, renewalData{Title: r.Title(lang), Amount: amountShown(r.Amount, r.OnRequest, true, lang), Working: r.Working(lang)})
	}
	return d
}

// amountShown is an amount as the page shows it (see money), a year's for
// a renewal, with "price on request" when some items have no list price (R11).
func amountShown(m pricing.Money, onRequest, yearly bool, lang pricing.Lang) string {
	if onRequest && m.IsZero() {
		return pricing.OnRequestText(lang)
	}
	s := money(m, lang)
	if yearly {
		s += t(lang, msgPlanPerYear)
	}
	if onRequest {
		s += " + " + pricing.OnRequestText(lang)
	}
	return s
}

// planSection shows a plan over time: what is paid now and at each planned
// addition with the working of each line, the whole plan, the renewal at
// the end of the term labelled as an estimate, and the timeline.
type planSection struct {
	app.Compo

	Plan planData
	Lang pricing.Lang
}

func (s *planSection) Render() app.UI {
	lang, p := s.Lang, s.Plan
	payments := make([]app.UI, len(p.Payments))
	for k, pay := range p.Payments {
		lines := make([]app.UI, len(pay.Lines))
		for j, l := range pay.Lines {
			lines[j] = app.Elem("li").Body(
				app.Elem("span").Class("plan-line-name").Text(l.Name),
				app.Elem("span").Class("working").Text(l.Working),
			)
		}
		id := "plan-paid-" + strconv.FormatInt(pay.Month, 10)
		payments[k] = app.Elem("li").Class("plan-payment").Attr("aria-labelledby", id+"-when").Body(
			app.Elem("div").Class("plan-row").Body(
				app.Elem("span").ID(id+"-when").Class("plan-when").Text(pay.When),
				app.Elem("output").ID(id).Class("plan-amount").Text(pay.Amount),
			),
			app.Elem("ul").Class("plan-lines").Body(lines...),
		)
	}
	renewals := make([]app.UI, len(p.Renewals))
	for k, r := range p.Renewals {
		id := "plan-renewal-" + strconv.Itoa(k+1)
		renewals[k] = app.Elem("div").Class("plan-renewal").Body(
			app.Elem("div").Class("plan-row").Body(
				app.Elem("span").ID(id+"-title").Class("plan-when").Body(
					app.Elem("span").Class("estimate-badge").Text(t(lang, msgPlanEstimate)),
					app.Text(" "+r.Title),
				),
				app.Elem("output").ID(id).Class("plan-amount").Text(r.Amount),
			),
			app.Elem("p").Class("working").Text(r.Working),
		)
	}
	return app.Elem("section").Class("plan").ID("plan").Attr("aria-labelledby", "plan-heading").Body(
		app.Elem("h2").ID("plan-heading").Text(t(lang, msgPlan)),
		app.Elem("p").Class("hint").Text(t(lang, msgPlanHint)),
		app.Elem("ol").Class("plan-payments").Body(payments...),
		app.Elem("div").Class("plan-total").Body(
			app.Elem("div").Class("plan-row").Body(
				app.Elem("span").ID("plan-total-label").Class("plan-when").Text(t(lang, msgPlanTotal)),
				app.Elem("output").ID("plan-total").Class("plan-amount").Attr("aria-labelledby", "plan-total-label").Text(p.Total),
			),
			app.Elem("p").ID("plan-working").Class("working").Text(p.Working),
			app.If(p.Incomplete, func() app.UI {
				return app.Elem("p").Class("warning").Text(t(lang, msgPlanIncomplete))
			}),
		),
		app.If(len(renewals) > 0, func() app.UI {
			return app.Elem("div").Class("plan-renewals").Body(
				append([]app.UI{app.Elem("h3").Text(t(lang, msgPlanRenewal))}, append(renewals,
					app.Elem("p").ID("plan-renewal-note").Class("note").Text(p.Note))...)...,
			)
		}),
		&timelineFigure{Timeline: p.Timeline, Lang: lang},
	)
}
