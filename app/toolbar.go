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
	return untilStarted(app.Nav().Class("toolbar no-print").Aria("label", t(lang, "toolbar"))).Body(
		button("example-new", "example.new", func(ctx app.Context) { tb.Calc.load(ctx, exampleNew()) }),
		button("example-add", "example.add", func(ctx app.Context) { tb.Calc.load(ctx, exampleAdd()) }),
		button("estimate-new", "estimate.new", tb.Calc.newEstimate),
		app.Span().Class("toolbar-sep").Aria("hidden", "true"),
		button("copy-link", "link.copy", tb.Calc.copyLink),
		button("print", "print", tb.Calc.print),
		button("download-csv", "export.csv", tb.Calc.downloadCSV),
		button("download-json", "export.json", tb.Calc.downloadJSON),
		app.Label().For("open-file").Class("btn file-btn").Body(
			app.Text(t(lang, "open")),
			app.Input().Type("file").ID("open-file").Class("visually-hidden").Accept(".json,application/json").
				OnChange(func(ctx app.Context, e app.Event) { tb.Calc.openFile(ctx) }),
		),
		app.If(tb.ShareLink != "", func() app.UI {
			return app.Div().Class("field field-wide").Body(
				app.Label().For("share-link").Text(t(lang, "link.label")),
				app.Input().Type("text").ID("share-link").ReadOnly(true).Value(tb.ShareLink).
					OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
			)
		}),
		app.P().Class("status").Role("status").Text(tb.Status),
	)
}

// langSwitch switches between 简体中文 and English. It is a pair of native
// radios, so the chosen language is announced from the prerendered page on:
// go-app writes ARIA states such as aria-pressed="true" as bare attributes
// when prerendering, which screen readers read as no state at all.
type langSwitch struct {
	app.Compo

	Lang pricing.Lang
	Calc *calculator
}

func (ls *langSwitch) Render() app.UI {
	choice := func(l pricing.Lang, label string) []app.UI {
		id := "lang-" + string(l)
		return []app.UI{
			checked(app.Input().Type("radio").Class("lang-radio visually-hidden").ID(id).Name("lang").Value(string(l)), ls.Lang == l).
				OnChange(func(ctx app.Context, e app.Event) { ls.Calc.setLang(ctx, l) }),
			app.Label().For(id).Class("lang-choice").Lang(string(l)).Text(label),
		}
	}
	return untilStarted(app.FieldSet().Class("lang-switch no-print")).Body(
		append(append([]app.UI{app.Legend().Class("visually-hidden").Text(t(ls.Lang, "lang.label"))},
			choice(pricing.ZH, "简体中文")...), choice(pricing.EN, "English")...)...,
	)
}
