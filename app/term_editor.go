package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// termResult is what the term editor shows of a quote.
type termResult struct {
	HasAdditions bool
	OK           bool
	Term         pricing.RemainingTerm
	From, Expiry string // when counted from dates
	Errors       []*pricing.InputError
}

func termView(q pricing.Quote) termResult {
	r := termResult{HasAdditions: q.HasAdditions, OK: q.TermOK, Term: q.Term, Errors: q.TermErrors}
	if q.TermOK && !q.Expiry.IsZero() {
		r.From, r.Expiry = pricing.FormatDate(q.From), pricing.FormatDate(q.Expiry)
	}
	return r
}

// termEditor edits the account's remaining term, shared by every addition (R9):
// as years + months (R7) or as dates (R8).
type termEditor struct {
	app.Compo

	Term  pricing.Term
	Quote termResult
	Lang  pricing.Lang
	Today string
	Edit  termEditing
}

// termEditing is what the term editor may change: the remaining term.
type termEditing interface {
	editTerm(ctx app.Context, change func(*pricing.Term))
	committed()
}

func (te *termEditor) edit(ctx app.Context, change func(*pricing.Term)) {
	te.Edit.editTerm(ctx, change)
}

func (te *termEditor) commit(ctx app.Context, e app.Event) { te.Edit.committed() }

func (te *termEditor) Render() app.UI {
	lang, r := te.Lang, te.Quote
	probs := problems(r.Errors, lang)
	byDates := te.Term.Basis == pricing.ByDates
	basis := func(b pricing.TermBasis, key msg) app.UI {
		id := "term-basis-" + string(b)
		return app.Elem("label").Attr("for", id).Class("choice").Body(
			checked(app.ElemSelfClosing("input").Attr("type", "radio").ID(id).Attr("name", "term-basis").Attr("value", string(b)),
				te.Term.Basis == b || (b == pricing.ByLength && te.Term.Basis == "")).
				OnChange(func(ctx app.Context, e app.Event) {
					te.edit(ctx, func(nt *pricing.Term) { nt.Basis = b })
					te.Edit.committed()
				}),
			app.Elem("span").Text(t(lang, key)),
		)
	}
	var inputs []app.UI
	if byDates {
		from := te.Term.From
		if from == "" {
			from = te.Today
		}
		inputs = append(inputs,
			dateField("term-expiry", t(lang, msgTermExpiry), te.Term.Expiry, probs[pricing.FieldExpiry],
				func(ctx app.Context, e app.Event) {
					v := value(ctx)
					te.edit(ctx, func(nt *pricing.Term) { nt.Expiry = v })
				}, te.commit),
			dateField("term-from", t(lang, msgTermFrom), from, probs[pricing.FieldFrom],
				func(ctx app.Context, e app.Event) {
					v := value(ctx)
					te.edit(ctx, func(nt *pricing.Term) { nt.From = v })
				}, te.commit),
		)
	} else {
		inputs = append(inputs,
			numberField("term-years", t(lang, msgTermYears), string(te.Term.Years), probs[pricing.FieldTermYears],
				func(ctx app.Context, e app.Event) {
					v := value(ctx)
					te.edit(ctx, func(nt *pricing.Term) { nt.Years = pricing.Number(v) })
				}, te.commit),
			numberField("term-months", t(lang, msgTermMonths), string(te.Term.Months), probs[pricing.FieldTermMonths],
				func(ctx app.Context, e app.Event) {
					v := value(ctx)
					te.edit(ctx, func(nt *pricing.Term) { nt.Months = pricing.Number(v) })
				}, te.commit),
		)
	}
	var result []app.UI
	if r.OK {
		result = append(result, app.Elem("p").Class("term-result").ID("term-result").Text(tf(lang, msgTermResult, r.Term.In(lang))))
		if r.Expiry != "" {
			result = append(result, app.Elem("p").Class("note").Text(tf(lang, msgTermDates, r.From, r.Expiry)))
		}
	}
	return app.Elem("section").Class("term").ID("term").Attr("aria-labelledby", "term-heading").Body(
		app.Elem("h3").ID("term-heading").Text(t(lang, msgTerm)),
		app.Elem("p").Class("hint").Text(t(lang, msgTermHint)),
		app.Elem("fieldset").Class("field modes no-print").Body(
			app.Elem("legend").Text(t(lang, msgTermBasis)),
			basis(pricing.ByLength, msgTermByLength),
			basis(pricing.ByDates, msgTermByDates),
		),
		app.Elem("div").Class("line-fields").Body(inputs...),
		app.Elem("div").Attr("aria-live", "polite").Body(result...),
	)
}
