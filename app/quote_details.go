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
	Dated     string // "报价日期 …，有效至 …" (R19); empty while the page starts
	Lang      pricing.Lang
	Edit      detailsEditing
}

// detailsEditing is what the form may change: the quote's details.
type detailsEditing interface {
	editDetails(ctx app.Context, change func(*pricing.Details))
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
			q.Edit.editDetails(ctx, func(d *pricing.Details) { change(d, v) })
		}
	}
	text := func(id string, f pricing.DetailField, label, v string, max int, change func(d *pricing.Details, v string)) app.UI {
		in := app.ElemSelfClosing("input").Attr("type", "text").ID(id).Attr("name", id).Attr("value", v).Attr("maxlength", max).
			Attr("autocomplete", "off").OnInput(edit(change))
		return field(id, label, v, problem[f], in, nil)
	}
	notesID := "details-notes"
	// A textarea's text is its value property, as go-app's typed Textarea
	// sets it: a child text would not follow the visitor's edits.
	notes := app.Elem("textarea").ID(notesID).Attr("name", notesID).Attr("rows", 3).Attr("maxlength", pricing.MaxNotesChars).
		Attr("value", d.Notes).OnInput(edit(func(d *pricing.Details, v string) { d.Notes = v }))
	notesClass := "field field-wide"
	if msg := problem[pricing.DetailNotes]; msg != "" {
		notesClass += " invalid"
		notes = notes.Attr("aria-invalid", "true").Attr("aria-describedby", notesID+"-error")
	}
	return untilStarted(app.Elem("section").Class("card quote-details no-print").Attr("aria-labelledby", "details-heading")).Body(
		app.Elem("h2").ID("details-heading").Text(t(lang, msgDetailsHeading)),
		app.Elem("p").Class("quote-reference").Body(
			app.Elem("span").Text(t(lang, msgDetailsReference)+" "),
			app.Elem("span").Class("quote-reference-value").ID("quote-reference").Text(q.Reference),
		),
		app.If(q.Dated != "", func() app.UI { return app.Elem("p").Class("quote-dated").ID("quote-dated").Text(q.Dated) }),
		app.Elem("p").Class("note").Text(t(lang, msgDetailsHint)),
		text("details-customer", pricing.DetailCustomer, t(lang, msgDetailsCustomer), d.Customer, pricing.MaxCustomerChars,
			func(d *pricing.Details, v string) { d.Customer = v }),
		text("details-contact", pricing.DetailContact, t(lang, msgDetailsContact), d.Contact, pricing.MaxContactChars,
			func(d *pricing.Details, v string) { d.Contact = v }),
		numberField("details-valid", t(lang, msgDetailsValidDays), string(d.ValidDays), problem[pricing.DetailValidDays],
			edit(func(d *pricing.Details, v string) { d.ValidDays = pricing.Number(v) }), nil),
		app.Elem("div").Class(notesClass).Body(
			app.Elem("label").Attr("for", notesID).Text(t(lang, msgDetailsNotes)),
			notes,
			app.If(problem[pricing.DetailNotes] != "", func() app.UI {
				return app.Elem("p").ID(notesID + "-error").Class("field-error").Text(problem[pricing.DetailNotes])
			}),
		),
	)
}
