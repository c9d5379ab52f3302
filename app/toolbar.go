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
	Actions   estimateActions
}

// estimateActions is what the toolbar may do: hand the estimate to the
// browser (export.go), or open a file as an estimate.
type estimateActions interface {
	copyLink(ctx app.Context)
	print(ctx app.Context)
	downloadCSV(ctx app.Context)
	downloadJSON(ctx app.Context)
	openFile(ctx app.Context)
}

func (tb *toolbar) Render() app.UI {
	lang := tb.Lang
	button := func(id, class string, key msg, do func(ctx app.Context)) app.UI {
		return app.Elem("button").Attr("type", "button").Class(class).ID(id).Text(t(lang, key)).
			OnClick(func(ctx app.Context, e app.Event) { do(ctx) })
	}
	return untilStarted(app.Elem("nav").Class("toolbar no-print").Attr("aria-label", t(lang, msgToolbar))).Body(
		button("copy-link", "btn btn-primary", msgLinkCopy, tb.Actions.copyLink),
		button("print", "btn", msgPrint, tb.Actions.print),
		app.Elem("details").Class("more").OnKeyDown(escapeMenu).Body(
			app.Elem("summary").Class("btn").Text(t(lang, msgMore)),
			app.Elem("div").Class("more-menu").Body(
				button("download-csv", "btn btn-quiet", msgExportCsv, tb.Actions.downloadCSV),
				button("download-json", "btn btn-quiet", msgExportJson, tb.Actions.downloadJSON),
				app.Elem("label").Attr("for", "open-file").Class("btn btn-quiet file-btn").Body(
					app.Text(t(lang, msgOpen)),
					app.ElemSelfClosing("input").Attr("type", "file").ID("open-file").Class("visually-hidden").
						Attr("accept", ".json,application/json").
						OnChange(func(ctx app.Context, e app.Event) { tb.Actions.openFile(ctx) }),
				),
			),
		),
		app.If(tb.ShareLink != "", func() app.UI {
			return app.Elem("div").Class("field field-wide").Body(
				app.Elem("label").Attr("for", "share-link").Text(t(lang, msgLinkLabel)),
				app.ElemSelfClosing("input").Attr("type", "text").ID("share-link").Attr("readonly", true).Attr("value", tb.ShareLink).
					OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
			)
		}),
		app.Elem("p").Class("status").Role("status").Text(tb.Status),
	)
}
