package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// planned reports whether the line is a planned addition (R14).
func (l *lineEditor) planned() bool {
	it := l.Quote.Item
	return it != nil && it.Billing() == pricing.Annual && l.Line.Mode == pricing.Planned
}

// afterField asks when a planned addition comes: months after the new
// purchase it follows. Its errors (month 0, after the term) stand under it.
func (l *lineEditor) afterField(problem string) app.UI {
	return numberField(l.id("after"), t(l.Lang, msgFieldAfter), string(l.Line.After), problem,
		func(ctx app.Context, e app.Event) {
			v := value(ctx)
			l.edit(ctx, func(nl *pricing.Line) { nl.After = pricing.Number(v) })
		}, l.commit)
}

// follows names the purchase a planned addition was found to follow, so
// the visitor sees what its months count from.
func (l *lineEditor) follows() app.UI {
	lang, q := l.Lang, l.Quote
	text := t(lang, msgPlanAfterHint)
	if q.Follows >= 0 {
		text = tf(lang, msgPlanFollows, strconv.Itoa(q.Follows+1))
	}
	return app.Elem("p").Class("hint plan-follows").ID(l.id("follows")).Text(text)
}

// plan is the plan section, shown below the estimate while it plans
// additions after a purchase.
func (c *calculator) plan() app.UI {
	return app.If(!c.start.opening && c.edit.quote.PlansAdditions(), func() app.UI {
		return &planSection{Plan: planView(&c.edit.quote, c.lang), Lang: c.lang}
	})
}

// printedPlan is the plan for the printed quote, or nil without planned additions.
func (c *calculator) printedPlan() *planData {
	if c.start.opening || !c.edit.quote.PlansAdditions() {
		return nil
	}
	p := planView(&c.edit.quote, c.lang)
	return &p
}

// planPrint is the plan in the printed quote, after its table: the
// payments by month, the whole plan, the renewal as an estimate, and the
// timeline, whose text alternative prints in place of nothing else.
func planPrint(p planData, lang pricing.Lang) app.UI {
	var parts []app.UI
	for _, pay := range p.Payments {
		parts = append(parts, app.Elem("li").Text(tf(lang, msgPlanPaidLine, pay.When, pay.Amount)))
	}
	var renewals []app.UI
	for _, r := range p.Renewals {
		renewals = append(renewals, app.Elem("p").Text(tf(lang, msgPlanPaidLine, r.Title, r.Amount+" · "+r.Working)))
	}
	return app.Elem("section").Class("qd-plan").ID("doc-plan").Body(
		app.Elem("h3").Text(t(lang, msgPlan)),
		app.Elem("ul").Class("qd-plan-payments").Body(parts...),
		app.Elem("p").ID("doc-plan-working").Text(tf(lang, msgPlanPaidLine, t(lang, msgPlanTotal), p.Working)),
		app.If(len(renewals) > 0, func() app.UI {
			return app.Elem("div").Class("qd-plan-renewals").Body(append(renewals, app.Elem("p").Class("qd-note").Text(p.Note))...)
		}),
		&timelineFigure{Timeline: p.Timeline, Lang: lang, ID: "doc-timeline"},
	)
}
