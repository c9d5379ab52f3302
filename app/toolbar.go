package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// toolbar holds the actions on the estimate as a whole.
type toolbar struct {
	app.Compo

	Lang      pricing.Lang
	Status    string
	ShareLink string
	Calc      *calculator
}

func (tb *toolbar) Render() app.UI {
	lang := tb.Lang
	button := func(id string, key msg, do func(ctx app.Context)) app.UI {
		return app.Button().Type("button").Class("btn").ID(id).Text(t(lang, key)).
			OnClick(func(ctx app.Context, e app.Event) { do(ctx) })
	}
	return untilStarted(app.Nav().Class("toolbar no-print").Aria("label", t(lang, msgToolbar))).Body(
		button("example-new", msgExampleNew, func(ctx app.Context) { tb.Calc.load(ctx, exampleNew()) }),
		button("example-add", msgExampleAdd, func(ctx app.Context) { tb.Calc.load(ctx, exampleAdd()) }),
		button("estimate-new", msgEstimateNew, tb.Calc.newEstimate),
		app.Span().Class("toolbar-sep").Aria("hidden", "true"),
		button("copy-link", msgLinkCopy, tb.Calc.copyLink),
		button("print", msgPrint, tb.Calc.print),
		button("download-csv", msgExportCsv, tb.Calc.downloadCSV),
		button("download-json", msgExportJson, tb.Calc.downloadJSON),
		app.Label().For("open-file").Class("btn file-btn").Body(
			app.Text(t(lang, msgOpen)),
			app.Input().Type("file").ID("open-file").Class("visually-hidden").Accept(".json,application/json").
				OnChange(func(ctx app.Context, e app.Event) { tb.Calc.openFile(ctx) }),
		),
		app.If(tb.ShareLink != "", func() app.UI {
			return app.Div().Class("field field-wide").Body(
				app.Label().For("share-link").Text(t(lang, msgLinkLabel)),
				app.Input().Type("text").ID("share-link").ReadOnly(true).Value(tb.ShareLink).
					OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
			)
		}),
		app.P().Class("status").Role("status").Text(tb.Status),
	)
}
