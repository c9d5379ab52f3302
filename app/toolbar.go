package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// toolbar holds the actions on the estimate as a whole: sharing it (the
// one primary action) and printing it, with the files in a menu.
type toolbar struct {
	app.Compo

	Lang      pricing.Lang
	Status    string
	ShareLink string
	Calc      *calculator
}

func (tb *toolbar) Render() app.UI {
	lang := tb.Lang
	button := func(id, class string, key msg, do func(ctx app.Context)) app.UI {
		return app.Button().Type("button").Class(class).ID(id).Text(t(lang, key)).
			OnClick(func(ctx app.Context, e app.Event) { do(ctx) })
	}
	return untilStarted(app.Nav().Class("toolbar no-print").Attr("aria-label", t(lang, msgToolbar))).Body(
		button("copy-link", "btn btn-primary", msgLinkCopy, tb.Calc.copyLink),
		button("print", "btn", msgPrint, tb.Calc.print),
		app.Details().Class("more").Body(
			app.Summary().Class("btn").Text(t(lang, msgMore)),
			app.Div().Class("more-menu").Body(
				button("download-csv", "btn btn-quiet", msgExportCsv, tb.Calc.downloadCSV),
				button("download-json", "btn btn-quiet", msgExportJson, tb.Calc.downloadJSON),
				app.Label().For("open-file").Class("btn btn-quiet file-btn").Body(
					app.Text(t(lang, msgOpen)),
					app.Input().Type("file").ID("open-file").Class("visually-hidden").Accept(".json,application/json").
						OnChange(func(ctx app.Context, e app.Event) { tb.Calc.openFile(ctx) }),
				),
			),
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
