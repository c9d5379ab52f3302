package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// catalogCards shows what can be bought: a row of products as tabs, and the
// chosen product's editions side by side, each with its unit price, minimum
// and what it includes, and a button that adds it to the estimate. One
// product at a time keeps the estimate on the first screen. It changes with
// the language and the chosen product only, so go-app skips it on every
// keystroke.
type catalogCards struct {
	app.Compo

	Lang    pricing.Lang
	Catalog *pricing.Catalog
	Adder   editionAdding

	chosen int // index of the product whose editions are shown
}

// editionAdding is what the catalog may change: it adds an edition to the
// estimate, and moves focus between its tabs.
type editionAdding interface {
	addEdition(ctx app.Context, it *pricing.Item)
	focus(ctx app.Context, id string)
}

func (cc *catalogCards) Render() app.UI {
	lang := cc.Lang
	products := cc.Catalog.Products
	chosen := min(max(cc.chosen, 0), len(products)-1)
	tabs := make([]app.UI, len(products))
	panels := make([]app.UI, len(products))
	for i, p := range products {
		selected := i == chosen
		tabIndex := -1
		if selected {
			tabIndex = 0
		}
		tabs[i] = keptTap(app.Elem("button")).Attr("type", "button").Class("product-tab").ID(productTabID(p)).Role("tab").
			Attr("aria-selected", strconv.FormatBool(selected)).Attr("aria-controls", productPanelID(p)).TabIndex(tabIndex).
			Text(p.Name.In(lang)).
			OnClick(func(ctx app.Context, e app.Event) { cc.chosen = i }).
			OnKeyDown(cc.moveTab)
		panel := app.Elem("div").Class("product-panel").ID(productPanelID(p)).Role("tabpanel").Attr("aria-labelledby", productTabID(p))
		if !selected {
			// An empty hidden panel: each tab's aria-controls names a panel
			// that exists, and the first render mounts only the chosen
			// product's cards. Hidden only when hidden: the server's page
			// writes Hidden(false) as hidden="false", which hides.
			panels[i] = panel.Hidden(true)
			continue
		}
		cards := make([]app.UI, len(p.Items))
		for j, it := range p.Items {
			cards[j] = cc.card(it)
		}
		panels[i] = panel.Body(app.Elem("ul").Class("editions").Attr("aria-label", p.Name.In(lang)).Body(cards...))
	}
	return app.Elem("section").Class("catalog-cards no-print").Attr("aria-labelledby", "catalog-heading").Body(
		app.Elem("div").Class("catalog-head").Body(
			app.Elem("h2").ID("catalog-heading").Text(t(lang, msgProducts)),
			app.Elem("p").Class("hint").Text(t(lang, msgProductsHint)),
		),
		app.Elem("div").Class("product-tabs").Role("tablist").Attr("aria-labelledby", "catalog-heading").Body(tabs...),
		app.Elem("div").Class("products").Body(panels...),
	)
}

// moveTab follows the tabs pattern: the arrow keys, Home and End choose
// another product and move focus to its tab; the rest is the browser's.
// It moves from the chosen product, not from the tab the key was pressed
// on: keys typed faster than the page draws reach the old tab.
func (cc *catalogCards) moveTab(ctx app.Context, e app.Event) {
	n := len(cc.Catalog.Products)
	from := min(max(cc.chosen, 0), n-1)
	to := from
	switch e.Get("key").String() {
	case "ArrowRight", "ArrowDown":
		to = (from + 1) % n
	case "ArrowLeft", "ArrowUp":
		to = (from + n - 1) % n
	case "Home":
		to = 0
	case "End":
		to = n - 1
	default:
		return
	}
	e.PreventDefault()
	cc.chosen = to
	cc.Adder.focus(ctx, productTabID(cc.Catalog.Products[to]))
}

func productTabID(p *pricing.Product) string   { return "product-" + p.ID }
func productPanelID(p *pricing.Product) string { return "editions-" + p.ID }

func (cc *catalogCards) card(it *pricing.Item) app.UI {
	lang := cc.Lang
	var facts []app.UI
	if it.Billing() == pricing.Annual && it.MinNew > 1 {
		facts = append(facts, app.Elem("li").Text(tf(lang, msgMinNew, strconv.FormatInt(it.MinNew, 10), it.Unit().Word(lang, it.MinNew))))
	}
	if it.OnePerCustomer {
		facts = append(facts, app.Elem("li").Text(t(lang, msgOneSet)))
	}
	if it.Billing() == pricing.Once {
		facts = append(facts, app.Elem("li").Text(t(lang, msgOnce)))
	}
	priceClass := "edition-price"
	if it.OnRequest {
		priceClass += " on-request"
	}
	return app.Elem("li").Class("edition").Body(
		app.Elem("div").Class("edition-head").Body(
			app.Elem("h3").Class("edition-name").Text(it.Name.In(lang)),
			app.Elem("p").Class(priceClass).Text(priceTag(it, lang)),
		),
		app.If(len(facts) > 0, func() app.UI { return app.Elem("ul").Class("facts").Body(facts...) }),
		app.Elem("p").Class("includes").Text(it.Includes.In(lang)),
		keptTap(app.Elem("button")).Attr("type", "button").Class("btn btn-card").ID("add-"+it.ID).Body(
			app.Text("＋ "+t(lang, msgAddToEstimate)),
			app.Elem("span").Class("visually-hidden").Text(t(lang, msgColon)+it.FullName(lang)),
		).OnClick(func(ctx app.Context, e app.Event) { cc.Adder.addEdition(ctx, it) }),
	)
}
