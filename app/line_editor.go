package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// lineEditor is one row of the estimate: what is bought, how, how many,
// for how long, and its amount, edited in place; the working is one tap away.
type lineEditor struct {
	app.Compo

	Index  int
	Line   pricing.Line
	Quote  pricing.LineQuote
	TermOK bool // the remaining term can price additions
	Lang   pricing.Lang
	// PriceNote is which list priced the line when not the quote's, and its
	// amount on the quote date once that changed (R19); usually empty.
	PriceNote string
	Catalog   *pricing.Catalog
	Edit      lineEditing
}

// lineEditing is what a line may change: its own line, by index, including
// removing it.
type lineEditing interface {
	editLine(ctx app.Context, i int, change func(*pricing.Line))
	removeLine(ctx app.Context, i int)
	committed()
	showHeldValues(ctx app.Context)
}

func (l *lineEditor) id(name string) string { return lineFieldID(l.Index, name) }

// lineFieldID is the id of a field of the line at index i, e.g. line1-item.
func lineFieldID(i int, name string) string { return "line" + strconv.Itoa(i+1) + "-" + name }

func (l *lineEditor) edit(ctx app.Context, change func(*pricing.Line)) {
	l.Edit.editLine(ctx, l.Index, change)
}

func (l *lineEditor) commit(ctx app.Context, e app.Event) { l.Edit.committed() }

func (l *lineEditor) Render() app.UI {
	lang, it, q := l.Lang, l.Quote.Item, l.Quote
	probs := problems(q.Errors, lang)
	title := tf(lang, msgLine, strconv.Itoa(l.Index+1))
	if it != nil {
		title += " · " + it.FullName(lang)
	}
	annual := it != nil && it.Billing() == pricing.Annual
	isNew := annual && q.Kind == pricing.KindNew
	needsTerm := q.Kind == pricing.KindAdd && !l.planned() && !l.TermOK

	return app.Elem("section").Class("line").ID(l.id("card")).Attr("aria-labelledby", l.id("title")).Body(
		app.Elem("div").Class("line-head").Body(
			app.Elem("h3").ID(l.id("title")).Text(title),
			app.If(plannedAt(&q, lang) != "", func() app.UI { // R14: when the planned addition is paid
				return app.Elem("span").Class("line-when").ID(l.id("when")).Text(plannedAt(&q, lang))
			}),
			l.amount(needsTerm),
			app.Elem("button").Attr("type", "button").Class("btn-remove no-print").
				Attr("aria-label", tf(lang, msgLineRemoveItem, strconv.Itoa(l.Index+1))).
				Text(t(lang, msgLineRemove)).
				OnClick(func(ctx app.Context, e app.Event) { l.Edit.removeLine(ctx, l.Index) }),
		),
		app.If(l.PriceNote != "", func() app.UI {
			return app.Elem("p").Class("line-price-note").ID(l.id("price-note")).Text(l.PriceNote)
		}),
		app.Elem("div").Class("line-fields").Body(
			&itemChoice{Index: l.Index, Item: l.Line.Item, Lang: lang, Problem: probs[pricing.FieldItem], Catalog: l.Catalog, Edit: l.Edit},
			app.If(annual, func() app.UI { return l.modeChoice(probs[pricing.FieldMode]) }),
			numberField(l.id("quantity"), quantityLabel(it, lang), string(l.Line.Quantity), probs[pricing.FieldQuantity],
				func(ctx app.Context, e app.Event) {
					v := value(ctx)
					l.edit(ctx, func(nl *pricing.Line) { nl.Quantity = pricing.Number(v) })
				}, l.commit),
			app.If(isNew, func() app.UI {
				return numberField(l.id("years"), t(lang, msgFieldYears), string(l.Line.Years), probs[pricing.FieldYears],
					func(ctx app.Context, e app.Event) {
						v := value(ctx)
						l.edit(ctx, func(nl *pricing.Line) { nl.Years = pricing.Number(v) })
					}, l.commit)
			}),
			app.If(l.planned(), func() app.UI { return l.afterField(probs[pricing.FieldAfter]) }),
			app.If(it != nil && len(it.Industries) > 0, func() app.UI { return l.industrySelect(probs[pricing.FieldIndustry]) }),
		),
		app.If(l.planned(), func() app.UI { return l.follows() }),
		app.If(needsTerm, func() app.UI {
			return app.Elem("p").Class("line-note").ID(l.id("needs-term")).Text(t(lang, msgLineNeedsTerm))
		}),
		l.working(),
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
// Native radios: arrow keys move between them and keep the focus.
func (l *lineEditor) modeChoice(problem string) app.UI {
	lang := l.Lang
	radio := func(m pricing.Mode, key msg) app.UI {
		id := l.id("mode-" + string(m))
		on := l.Line.Mode == m || (m == pricing.New && l.Line.Mode == "")
		return app.Elem("label").Attr("for", id).Class("choice").Body(
			checked(app.ElemSelfClosing("input").Attr("type", "radio").ID(id).Attr("name", l.id("mode")).Attr("value", string(m)), on).
				OnChange(func(ctx app.Context, e app.Event) {
					l.edit(ctx, func(nl *pricing.Line) { nl.Mode = m })
					l.Edit.committed()
				}),
			app.Elem("span").Text(t(lang, key)),
		)
	}
	return app.Elem("fieldset").Class("field modes").Body(
		app.Elem("legend").Text(t(lang, msgFieldMode)),
		radio(pricing.New, msgModeNew),
		radio(pricing.Add, msgModeAdd),
		radio(pricing.Planned, msgModePlanned),
		app.If(problem != "", func() app.UI { return app.Elem("p").Class("field-error").Text(problem) }),
	)
}

func (l *lineEditor) industrySelect(problem string) app.UI {
	lang, id, it := l.Lang, l.id("industry"), l.Quote.Item
	opts := []app.UI{selected(app.Elem("option").Attr("value", ""), l.Line.Industry == "").Text(t(lang, msgIndustryChoose))}
	for _, ind := range it.Industries {
		opts = append(opts, selected(app.Elem("option").Attr("value", ind.ID), ind.ID == l.Line.Industry).Text(ind.Name.In(lang)))
	}
	sel := app.Elem("select").ID(id).Attr("name", id).Body(opts...).OnChange(func(ctx app.Context, e app.Event) {
		v := value(ctx)
		l.edit(ctx, func(nl *pricing.Line) { nl.Industry = v })
		l.Edit.committed()
	})
	class := "field"
	if problem != "" {
		class += " invalid"
		sel = sel.Attr("aria-invalid", "true").Attr("aria-describedby", id+"-error")
	}
	return app.Elem("div").Class(class).Body(
		app.Elem("label").Attr("for", id).Text(t(lang, msgFieldIndustry)),
		sel,
		app.If(problem != "", func() app.UI { return app.Elem("p").ID(id + "-error").Class("field-error").Text(problem) }),
	)
}

// amount is the line's amount, "—" when it cannot be priced, or the
// on-request text.
func (l *lineEditor) amount(needsTerm bool) app.UI {
	lang, q := l.Lang, l.Quote
	switch {
	case len(q.Errors) > 0 || (!q.Priced && !q.OnRequest):
		return app.Elem("output").Class("amount-value pending").ID(l.id("amount")).Text("—")
	case q.OnRequest:
		return app.Elem("output").Class("amount-value on-request").ID(l.id("amount")).Text(pricing.OnRequestText(lang))
	}
	return app.Elem("output").Class("amount-value").ID(l.id("amount")).Text(money(q.Amount, lang))
}

// working is how the amount was reached, folded; notes that change the
// amount (the cap, on request) stay in view.
func (l *lineEditor) working() app.UI {
	lang, q := l.Lang, l.Quote
	switch {
	case q.OnRequest && len(q.Errors) == 0:
		return app.Elem("p").Class("note").Text(t(lang, msgOnrequestNote))
	case !q.Priced:
		return app.Text("")
	}
	return app.Elem("div").Class("line-working").Body(
		app.Elem("details").Class("working-details").Body(
			app.Elem("summary").Text(t(lang, msgWorking)),
			app.Elem("p").Class("working").Text(q.Working(lang)),
		),
		app.If(q.Capped, func() app.UI { return app.Elem("p").Class("note").Text(t(lang, msgCapped)) }),
	)
}
