package app

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// lineEditor edits one line of the estimate and shows its amount and working.
type lineEditor struct {
	app.Compo

	Index int
	Line  pricing.Line
	Quote pricing.LineQuote
	Lang  pricing.Lang
	Calc  *calculator
}

func (l *lineEditor) id(name string) string { return lineFieldID(l.Index, name) }

// lineFieldID is the id of a field of the line at index i, e.g. line1-item.
func lineFieldID(i int, name string) string { return fmt.Sprintf("line%d-%s", i+1, name) }

func (l *lineEditor) edit(ctx app.Context, change func(*pricing.Line)) {
	l.Calc.editLine(ctx, l.Index, change)
}

func (l *lineEditor) Render() app.UI {
	lang, it, q := l.Lang, l.Quote.Item, l.Quote
	probs := problems(q.Errors, lang)
	title := fmt.Sprintf(t(lang, msgLine), l.Index+1)
	if it != nil {
		title += " · " + it.FullName(lang)
	}
	annual := it != nil && it.Billing() == pricing.Annual
	isNew := annual && q.Kind == pricing.KindNew

	return app.Section().Class("line").ID(l.id("card")).Aria("labelledby", l.id("title")).Body(
		app.Div().Class("line-head").Body(
			app.H3().ID(l.id("title")).Text(title),
			app.Button().Type("button").Class("btn-remove no-print").Aria("label", fmt.Sprintf(t(lang, msgLineRemoveItem), l.Index+1)).
				Text(t(lang, msgLineRemove)).
				OnClick(func(ctx app.Context, e app.Event) { l.Calc.removeLine(ctx, l.Index) }),
		),
		app.Div().Class("line-fields").Body(
			&itemChoice{Index: l.Index, Item: l.Line.Item, Lang: lang, Problem: probs[pricing.FieldItem], Calc: l.Calc},
			app.If(annual, func() app.UI { return l.modeChoice(probs[pricing.FieldMode]) }),
			numberField(l.id("quantity"), quantityLabel(it, lang), string(l.Line.Quantity), probs[pricing.FieldQuantity],
				func(ctx app.Context, e app.Event) {
					v := value(ctx)
					l.edit(ctx, func(nl *pricing.Line) { nl.Quantity = pricing.Number(v) })
				}),
			app.If(isNew, func() app.UI {
				return numberField(l.id("years"), t(lang, msgFieldYears), string(l.Line.Years), probs[pricing.FieldYears],
					func(ctx app.Context, e app.Event) {
						v := value(ctx)
						l.edit(ctx, func(nl *pricing.Line) { nl.Years = pricing.Number(v) })
					})
			}),
			app.If(it != nil && len(it.Industries) > 0, func() app.UI { return l.industrySelect(probs[pricing.FieldIndustry]) }),
		),
		app.If(it != nil, func() app.UI { return l.about() }),
		l.amount(),
	)
}

func quantityLabel(it *pricing.Item, lang pricing.Lang) string {
	if it == nil {
		return t(lang, msgFieldUsers)
	}
	switch it.Unit() {
	case pricing.UnitBot:
		return t(lang, msgFieldBots)
	case pricing.UnitSet:
		return t(lang, msgFieldSets)
	}
	return t(lang, msgFieldUsers)
}

// modeChoice picks a new purchase or an addition to a running subscription.
func (l *lineEditor) modeChoice(problem string) app.UI {
	lang := l.Lang
	radio := func(m pricing.Mode, key msg) app.UI {
		id := l.id("mode-" + string(m))
		on := l.Line.Mode == m || (m == pricing.New && l.Line.Mode == "")
		return app.Label().For(id).Class("choice").Body(
			checked(app.Input().Type("radio").ID(id).Name(l.id("mode")).Value(string(m)), on).
				OnChange(func(ctx app.Context, e app.Event) {
					l.edit(ctx, func(nl *pricing.Line) { nl.Mode = m })
				}),
			app.Span().Text(t(lang, key)),
		)
	}
	return app.FieldSet().Class("field field-wide modes").Body(
		app.Legend().Text(t(lang, msgFieldMode)),
		radio(pricing.New, msgModeNew),
		radio(pricing.Add, msgModeAdd),
		app.If(problem != "", func() app.UI { return app.P().Class("field-error").Text(problem) }),
	)
}

func (l *lineEditor) industrySelect(problem string) app.UI {
	lang, id, it := l.Lang, l.id("industry"), l.Quote.Item
	opts := []app.UI{selected(app.Option().Value(""), l.Line.Industry == "").Text(t(lang, msgIndustryChoose))}
	for _, ind := range it.Industries {
		opts = append(opts, selected(app.Option().Value(ind.ID), ind.ID == l.Line.Industry).Text(ind.Name.In(lang)))
	}
	sel := app.Select().ID(id).Name(id).Body(opts...).OnChange(func(ctx app.Context, e app.Event) {
		v := value(ctx)
		l.edit(ctx, func(nl *pricing.Line) { nl.Industry = v })
	})
	class := "field"
	if problem != "" {
		class += " invalid"
		sel = sel.Aria("invalid", "true").Aria("describedby", id+"-error")
	}
	return app.Div().Class(class).Body(
		app.Label().For(id).Text(t(lang, msgFieldIndustry)),
		sel,
		app.If(problem != "", func() app.UI { return app.P().ID(id + "-error").Class("field-error").Text(problem) }),
	)
}

// about explains the chosen item from the catalog: what it includes and its limits.
func (l *lineEditor) about() app.UI {
	lang, it := l.Lang, l.Quote.Item
	var facts []app.UI
	if it.Billing() == pricing.Annual && it.MinNew > 1 {
		unit := map[pricing.Unit][2]string{pricing.UnitUser: {"个用户", "users"}, pricing.UnitBot: {"个", "bots"}}[it.Unit()]
		u := unit[0]
		if lang == pricing.EN {
			u = unit[1]
		}
		facts = append(facts, app.Li().Text(fmt.Sprintf(t(lang, msgMinNew), it.MinNew, u)))
	}
	if it.OnePerCustomer {
		facts = append(facts, app.Li().Text(t(lang, msgOneSet)))
	}
	if it.Billing() == pricing.Once {
		facts = append(facts, app.Li().Text(t(lang, msgOnce)))
	}
	return app.Div().Class("about").Body(
		app.P().Class("includes").Text(it.Includes.In(lang)),
		app.If(len(facts) > 0, func() app.UI { return app.Ul().Class("facts").Body(facts...) }),
	)
}

// amount shows the line's amount and its working, or why there is none.
func (l *lineEditor) amount() app.UI {
	lang, q := l.Lang, l.Quote
	var body []app.UI
	switch {
	case len(q.Errors) > 0 || (!q.Priced && !q.OnRequest):
		body = append(body, app.Output().Class("amount-value pending").Text("—"))
	case q.OnRequest:
		body = append(body,
			app.Output().Class("amount-value on-request").Text(pricing.OnRequestText(lang)),
			app.P().Class("note").Text(t(lang, msgOnrequestNote)))
	default:
		body = append(body,
			app.Output().Class("amount-value").ID(l.id("amount")).Text(pricing.AmountText(q.Amount, lang)),
			app.P().Class("working").Text(q.Working(lang)))
		if q.Capped {
			body = append(body, app.P().Class("note").Text(t(lang, msgCapped)))
		}
	}
	return app.Div().Class("amount").Body(
		append([]app.UI{app.Span().Class("amount-label").Text(t(lang, msgAmount))}, body...)...,
	)
}
