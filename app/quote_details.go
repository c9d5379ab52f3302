package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// quoteDetails is the small form of the printed quote's optional fields
// (customer, contact, notes, validity), with the quote's reference. Like
// the lines, it keeps what is typed and says next to a field why it will
// not be printed.
type quoteDetails struct {
	app.Compo

	Details   pricing.Details
	Reference string
	Lang      pricing.Lang
	Calc      *calculator
}

func (q *quoteDetails) Render() app.UI {
	lang, d := q.Lang, q.Details
	problem := map[pricing.DetailField]string{}
	for _, p := range d.Problems() {
		problem[p.Field] = p.Message(lang)
	}
	edit := func(change func(d *pricing.Details, v string)) app.EventHandler {
		return func(ctx app.Context, e app.Event) {
			v := value(ctx)
			q.Calc.editDetails(ctx, func(d *pricing.Details) { change(d, v) })
		}
	}
	text := func(id string, f pricing.DetailField, label, v string, max int, change func(d *pricing.Details, v string)) app.UI {
		in := app.Input().Type("text").ID(id).Name(id).Value(v).MaxLength(max).
			Attr("autocomplete", "off").OnInput(edit(change))
		return field(id, label, v, problem[f], in, nil)
	}
	notesID := "details-notes"
	notes := app.Textarea().ID(notesID).Name(notesID).Rows(3).MaxLength(pricing.MaxNotesChars).
		Text(d.Notes).OnInput(edit(func(d *pricing.Details, v string) { d.Notes = v }))
	notesClass := "field field-wide"
	if msg := problem[pricing.DetailNotes]; msg != "" {
		notesClass += " invalid"
		notes = notes.Attr("aria-invalid", "true").Attr("aria-describedby", notesID+"-error")
	}
	return untilStarted(app.Section().Class("card quote-details no-print").Attr("aria-labelledby", "details-heading")).Body(
		app.H2().ID("details-heading").Text(t(lang, msgDetailsHeading)),
		app.P().Class("quote-reference").Body(
			app.Span().Text(t(lang, msgDetailsReference)+" "),
			app.Span().Class("quote-reference-value").ID("quote-reference").Text(q.Reference),
		),
		app.P().Class("note").Text(t(lang, msgDetailsHint)),
		text("details-customer", pricing.DetailCustomer, t(lang, msgDetailsCustomer), d.Customer, pricing.MaxCustomerChars,
			func(d *pricing.Details, v string) { d.Customer = v }),
		text("details-contact", pricing.DetailContact, t(lang, msgDetailsContact), d.Contact, pricing.MaxContactChars,
			func(d *pricing.Details, v string) { d.Contact = v }),
		numberField("details-valid", t(lang, msgDetailsValidDays), string(d.ValidDays), problem[pricing.DetailValidDays],
			edit(func(d *pricing.Details, v string) { d.ValidDays = pricing.Number(v) }), nil),
		app.Div().Class(notesClass).Body(
			app.Label().For(notesID).Text(t(lang, msgDetailsNotes)),
			notes,
			app.If(problem[pricing.DetailNotes] != "", func() app.UI {
				return app.P().ID(notesID + "-error").Class("field-error").Text(problem[pricing.DetailNotes])
			}),
		),
	)
}

// editDetails changes the details as the calculator holds them now (see editLine).
func (c *calculator) editDetails(ctx app.Context, change func(*pricing.Details)) {
	d := c.est.Details
	change(&d)
	c.est.Details = d
	c.changed(ctx)
}
