package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// itemChoice offers every catalog item, grouped by product, with its price.
// It is a component of its own, so that go-app skips its dozens of options
// when a keystroke changes only the line's quantity or years.
type itemChoice struct {
	app.Compo

	Index   int
	Item    string
	Lang    pricing.Lang
	Problem string
	Catalog *pricing.Catalog
	Edit    lineEditing
}

func (l *itemChoice) Render() app.UI {
	lang, id, problem := l.Lang, lineFieldID(l.Index, "item"), l.Problem
	var groups []app.UI
	known := false
	for _, p := range l.Catalog.Products {
		opts := make([]app.UI, len(p.Items))
		for i, it := range p.Items {
			chosen := it.ID == l.Item
			known = known || chosen
			opts[i] = selected(app.Elem("option").Attr("value", it.ID), chosen).Text(it.FullName(lang) + " · " + priceTag(it, lang))
		}
		groups = append(groups, app.Elem("optgroup").Attr("label", p.Name.In(lang)).Body(opts...))
	}
	if !known { // an item from an old or tampered link: shown, and explained by its error
		unknown := app.Elem("option").Attr("value", l.Item).Attr("selected", true).Attr("disabled", true).Text("? " + l.Item)
		groups = append([]app.UI{unknown}, groups...)
	}
	sel := app.Elem("select").ID(id).Attr("name", id).Body(groups...).OnChange(func(ctx app.Context, e app.Event) {
		v := value(ctx)
		l.Edit.editLine(ctx, l.Index, func(nl *pricing.Line) {
			// Another product starts at its own smallest purchase, never
			// at a number chosen for the one before.
			if it := l.Catalog.Item(v); it != nil {
				after := nl.After // when a planned addition comes is not the product's
				*nl = smallestPurchase(it, nl.Mode)
				nl.After = after
			} else {
				nl.Item = v
			}
		})
		l.Edit.committed()
		l.Edit.showHeldValues(ctx)
	})
	if problem != "" {
		sel = sel.Attr("aria-invalid", "true").Attr("aria-describedby", id+"-error")
	}
	class := "field field-wide"
	if problem != "" {
		class += " invalid"
	}
	return app.Elem("div").Class(class).Body(
		app.Elem("label").Attr("for", id).Text(t(lang, msgFieldItem)),
		sel,
		app.If(problem != "", func() app.UI { return app.Elem("p").ID(id + "-error").Class("field-error").Text(problem) }),
	)
}

// priceTag is "999元/用户/年", "¥1,600/set" or "价格请联系架构师", as pricing writes it.
func priceTag(it *pricing.Item, lang pricing.Lang) string { return pricing.UnitPriceText(it, lang) }
