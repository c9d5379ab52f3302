package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// packAdvisor finds the cheapest session packs for an expected number of
// chatbot sessions (R13) and adds them to the estimate in one click.
type packAdvisor struct {
	app.Compo

	Lang    pricing.Lang
	Added   bool // the plan is in the estimate (the calculator forgets it with the estimate)
	Catalog *pricing.Catalog
	Packs   packAdding

	sessions string
}

// packAdding is what the advisor may change: it adds its plan's lines, and
// forgets that it did once the visitor asks for another plan.
type packAdding interface {
	addPacks(ctx app.Context, lines []pricing.Line)
	forgetPacks()
}

// advice is the plan for what was typed, or the problem with it.
func (a *packAdvisor) advice() (plan pricing.PackPlan, problem string, ok bool) {
	if strings.TrimSpace(a.sessions) == "" {
		return plan, "", false
	}
	n, err := pricing.ParseSessions(a.sessions)
	if err == nil {
		plan, err = a.Catalog.AdvisePacks(n)
	}
	if err != nil {
		return plan, err.Message(a.Lang), false
	}
	return plan, "", true
}

// addPlan works the plan out again when clicked: go-app keeps an element's
// first handler, so a handler must not hold values from the render it came from.
func (a *packAdvisor) addPlan(ctx app.Context) {
	if plan, _, ok := a.advice(); ok {
		a.Packs.addPacks(ctx, plan.Lines())
	}
}

func (a *packAdvisor) Render() app.UI {
	lang := a.Lang
	plan, problem, ok := a.advice()
	return untilStarted(app.Elem("section").Class("advisor no-print").Attr("aria-labelledby", "advisor-heading")).Body(
		app.Elem("h2").ID("advisor-heading").Text(t(lang, msgAdvisor)),
		app.Elem("p").Class("hint").Text(t(lang, msgAdvisorHint)),
		numberField("advisor-sessions", t(lang, msgAdvisorSessions), a.sessions, problem,
			func(ctx app.Context, e app.Event) {
				a.sessions = value(ctx)
				a.Packs.forgetPacks()
			}, nil),
		app.Elem("div").Attr("aria-live", "polite").Body(
			app.If(ok, func() app.UI {
				return app.Elem("div").Class("advice").Body(
					app.Elem("p").ID("advisor-result").Text(tf(lang, msgAdvisorResult,
						packList(plan, lang), pricing.GroupInt(plan.Quota), money(plan.Cost, lang))),
					app.If(!a.Added, func() app.UI {
						return app.Elem("button").Attr("type", "button").Class("btn").ID("advisor-add").Text(t(lang, msgAddToEstimate)).
							OnClick(func(ctx app.Context, e app.Event) { a.addPlan(ctx) })
					}),
				)
			}),
			app.If(a.Added, func() app.UI { return app.Elem("p").Class("note").Text(t(lang, msgAdvisorAdded)) }),
		),
	)
}

// packList is "1 × 96万条 + 1 × 12万条".
func packList(p pricing.PackPlan, lang pricing.Lang) string {
	parts := make([]string, len(p.Packs))
	for i, pc := range p.Packs {
		parts[i] = strconv.FormatInt(pc.Count, 10) + " × " + pc.Pack.Name.In(lang)
	}
	return strings.Join(parts, " + ")
}
