package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// quoteDocument is the printed quote (报价单): hidden on screen, the only
// thing printed (web/print.css). pricing.NewDocument decides every row,
// amount and term; this only lays them out.
type quoteDocument struct {
	app.Compo

	Doc  pricing.Document
	Plan *planData // R14: the plan over time, when the estimate plans additions (plan_fields.go)
}

func (q *quoteDocument) Render() app.UI {
	d := q.Doc
	lang := d.Lang
	meta := []app.UI{
		docField("doc-reference", t(lang, msgDocReference), d.Reference),
		docField("doc-date", t(lang, msgDocDate), d.Date),
	}
	if d.ValidDays > 0 {
		meta = append(meta, docField("doc-valid", t(lang, msgDocValid), tf(lang, msgDocValidUntil, strconv.FormatInt(d.ValidDays, 10), d.ValidUntil)))
	}
	meta = append(meta,
		docField("doc-catalog", t(lang, msgDocCatalog), d.CatalogVersion+" ("+d.CatalogDate+")"),
		docField("doc-customer", t(lang, msgDocCustomer), d.Customer),
		docField("doc-contact", t(lang, msgDocContact), d.Contact),
	)
	if d.Term != "" {
		term := d.Term
		if d.TermCounted != "" {
			term += " (" + d.TermCounted + ")"
		}
		meta = append(meta, docField("doc-term", t(lang, msgDocTerm), term))
	}

	rows := make([]app.UI, len(d.Rows))
	for i, r := range d.Rows {
		rows[i] = documentRow(r)
	}
	terms := make([]app.UI, len(d.Terms))
	for i, s := range d.Terms {
		terms[i] = app.Li().Text(s)
	}
	// Plain sections, spans and a list rather than article, dl and ol:
	// each further element type costs app.wasm its own methods.
	return app.Section().Class("quote-document").ID("quote-document").Body(
		app.Header().Class("qd-head").Body(
			app.H2().Class("qd-title").Text(t(lang, msgDocTitle)),
			app.P().Class("qd-seller").Text(t(lang, msgDocSeller)),
			app.Div().Class("qd-meta").Body(meta...),
		),
		app.Table().Class("qd-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Class("qd-no").Text(t(lang, msgDocColNo)),
				app.Th().Class("qd-item").Text(t(lang, msgDocColItem)),
				app.Th().Class("qd-mode").Text(t(lang, msgDocColMode)),
				app.Th().Class("qd-qty").Text(t(lang, msgDocColQuantity)),
				app.Th().Class("qd-term").Text(t(lang, msgDocColTerm)),
				app.Th().Class("qd-num").Text(t(lang, msgDocColUnit)),
				app.Th().Class("qd-working").Text(t(lang, msgDocColWorking)),
				app.Th().Class("qd-num").Text(t(lang, msgDocColAmount)),
			)),
			app.TBody().Body(rows...),
			app.TFoot().Body(
				app.Tr().Class("qd-total").Body(
					app.Th().ColSpan(7).Text(t(lang, msgDocTotal)),
					app.Td().Class("qd-num").ID("doc-total").Text(d.TotalFigure(false)),
				),
				app.If(d.TotalInWords != "", func() app.UI {
					return app.Tr().Class("qd-words").Body(
						app.Th().ColSpan(2).Text(t(lang, msgDocWords)),
						app.Td().ColSpan(6).ID("doc-words").Text(tf(lang, msgDocWordsAmount, d.TotalInWords)),
					)
				}),
			),
		),
		app.If(d.ExcludesOnRequest, func() app.UI {
			return app.P().Class("qd-note").ID("doc-excludes").Text(t(lang, msgDocExcludes))
		}),
		app.If(!d.Complete, func() app.UI {
			return app.P().Class("qd-note qd-warning").ID("doc-incomplete").Text(t(lang, msgDocIncomplete))
		}),
		app.If(q.Plan != nil, func() app.UI { return planPrint(*q.Plan, lang) }),
		app.If(d.Notes != "", func() app.UI {
			return app.Section().Class("qd-notes").Body(
				app.H3().Text(t(lang, msgDocNotes)),
				app.P().ID("doc-notes").Text(d.Notes),
			)
		}),
		app.Section().Class("qd-terms").Body(
			app.H3().Text(t(lang, msgDocTerms)),
			app.Ul().Class("qd-terms-list").Body(terms...),
		),
	)
}

// docField is one entry of the header; an empty value is left out, not printed blank.
func docField(id, label, value string) app.UI {
	if value == "" {
		return nil
	}
	return app.Div().Class("qd-field").Body(
		app.Span().Class("qd-label").Text(label),
		app.Span().Class("qd-value").ID(id).Text(value),
	)
}

func documentRow(r pricing.DocumentRow) app.UI {
	class := "qd-row"
	if r.OnRequest {
		class += " qd-onrequest"
	}
	unit := r.UnitPrice
	working := r.Working
	if len(r.Problems) > 0 {
		working = strings.Join(r.Problems, " ")
	}
	return app.Tr().Class(class).Body(
		app.Td().Class("qd-no").Text(r.Number),
		app.Td().Class("qd-item").Text(r.Product),
		app.Td().Class("qd-mode").Text(r.Purchase),
		app.Td().Class("qd-qty").Text(r.Quantity),
		app.Td().Class("qd-term").Text(r.Term),
		app.Td().Class("qd-num").Body(
			app.Text(unit),
			app.If(r.Per != "", func() app.UI { return app.Span().Class("qd-per").Text(r.Per) }),
		),
		app.Td().Class("qd-working").Text(working),
		app.Td().Class("qd-num qd-amount").Text(r.Amount),
	)
}
