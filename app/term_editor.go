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
	Calc  *calculator
}

func (te *termEditor) edit(ctx app.Context, change func(*pricing.Term)) {
	nt := te.Calc.est.Term // as held now, like calculator.editLine
	change(&nt)
	te.Calc.setTerm(ctx, nt)
}

func (te *termEditor) commit(ctx app.Context, e app.Event) { te.Calc.committed() }

func (te *termEditor) Render() app.UI {
	lang, r := te.Lang, te.Quote
	probs := problems(r.Errors, lang)
	byDates := te.Term.Basis == pricing.ByDates
	basis := func(b pricing.TermBasis, key msg) app.UI {
		id := "term-basis-" + string(b)
		return app.Label().For(id).Class("choice").Body(
			checked(app.Input().Type("radio").ID(id).Name("term-basis").Value(string(b)),
				te.Term.Basis == b || (b == pricing.ByLength && te.Term.Basis == "")).
				OnChange(func(ctx app.Context, e app.Event) {
					te.edit(ctx, func(nt *pricing.Term) { nt.Basis = b })
					te.Calc.committed()
				}),
			app.Span().Text(t(lang, key)),
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
		result = append(result, app.P().Class("term-result").ID("term-result").Text(tf(lang, msgTermResult, r.Term.In(lang))))
		if r.Expiry != "" {
			result = append(result, app.P().Class("note").Text(tf(lang, msgTermDates, r.From, r.Expiry)))
		}
	}
	return app.Section().Class("term").ID("term").Attr("aria-labelledby", "term-heading").Body(
		app.H3().ID("term-heading").Text(t(lang, msgTerm)),
		app.P().Class("hint").Text(t(lang, msgTermHint)),
		app.FieldSet().Class("field modes no-print").Body(
			app.Legend().Text(t(lang, msgTermBasis)),
			basis(pricing.ByLength, msgTermByLength),
			basis(pricing.ByDates, msgTermByDates),
		),
		app.Div().Class("line-fields").Body(inputs...),
		app.Div().Attr("aria-live", "polite").Body(result...),
	)
}
