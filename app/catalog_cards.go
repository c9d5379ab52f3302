package app

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// catalogCards shows what can be bought: each product with its editions
// side by side, each with its unit price, minimum and what it includes, and
// a button that adds it to the estimate. It changes with the language only,
// so go-app skips it on every keystroke.
type catalogCards struct {
	app.Compo

	Lang pricing.Lang
	Calc *calculator
}

func (cc *catalogCards) Render() app.UI {
	lang := cc.Lang
	products := make([]app.UI, len(cc.Calc.cat.Products))
	for i, p := range cc.Calc.cat.Products {
		cards := make([]app.UI, len(p.Items))
		for j, it := range p.Items {
			cards[j] = cc.card(it)
		}
		products[i] = app.Div().Class("product").Body(
			app.H3().Class("product-name").Text(p.Name.In(lang)),
			app.Ul().Class("editions").Body(cards...),
		)
	}
	return untilStarted(app.Section().Class("catalog-cards no-print").Aria("labelledby", "catalog-heading")).Body(
		app.H2().ID("catalog-heading").Text(t(lang, msgProducts)),
		app.P().Class("hint").Text(t(lang, msgProductsHint)),
		app.Div().Class("products").Body(products...),
	)
}

func (cc *catalogCards) card(it *pricing.Item) app.UI {
	lang := cc.Lang
	var facts []app.UI
	if it.Billing() == pricing.Annual && it.MinNew > 1 {
		facts = append(facts, app.Li().Text(fmt.Sprintf(t(lang, msgMinNew), it.MinNew, unitWord(it.Unit(), lang))))
	}
	if it.OnePerCustomer {
		facts = append(facts, app.Li().Text(t(lang, msgOneSet)))
	}
	if it.Billing() == pricing.Once {
		facts = append(facts, app.Li().Text(t(lang, msgOnce)))
	}
	name := it.Name.In(lang)
	priceClass := "edition-price"
	if it.OnRequest {
		priceClass += " on-request"
	}
	return app.Li().Class("edition").Body(
		app.H4().Class("edition-name").Text(name),
		app.P().Class(priceClass).Text(priceTag(it, lang)),
		app.If(len(facts) > 0, func() app.UI { return app.Ul().Class("facts").Body(facts...) }),
		app.P().Class("includes").Text(it.Includes.In(lang)),
		app.Button().Type("button").Class("btn btn-card").ID("add-"+it.ID).Body(
			app.Text("＋ "+t(lang, msgAdvisorAdd)),
			app.Span().Class("visually-hidden").Text(t(lang, msgColon)+it.FullName(lang)),
		).OnClick(func(ctx app.Context, e app.Event) { cc.Calc.addEdition(ctx, it) }),
	)
}

// unitWord is "个用户" / "users" after a minimum.
func unitWord(u pricing.Unit, lang pricing.Lang) string {
	w := map[pricing.Unit][2]string{pricing.UnitUser: {"个用户", "users"}, pricing.UnitBot: {"个", "bots"}, pricing.UnitSet: {"套", "sets"}}[u]
	if lang == pricing.EN {
		return w[1]
	}
	return w[0]
}
