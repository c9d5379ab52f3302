package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// toolbar holds the actions on the estimate as a whole.
type toolbar struct {
	app.Compo

	Lang pricing.Lang
	Calc *calculator
}

func (tb *toolbar) Render() app.UI {
	lang := tb.Lang
	button := func(id string, key msg, do func(ctx app.Context)) app.UI {
		return app.Button().Type("button").Class("btn").ID(id).Text(t(lang, key)).
			OnClick(func(ctx app.Context, e app.Event) { do(ctx) })
	}
	return app.Nav().Class("toolbar no-print").Aria("label", t(lang, "toolbar")).Body(
		button("example-new", "example.new", func(ctx app.Context) { tb.Calc.load(ctx, exampleNew()) }),
		button("example-add", "example.add", func(ctx app.Context) { tb.Calc.load(ctx, exampleAdd()) }),
		button("estimate-new", "estimate.new", tb.Calc.newEstimate),
	)
}

// langSwitch switches between 简体中文 and English.
type langSwitch struct {
	app.Compo

	Lang pricing.Lang
	Calc *calculator
}

func (ls *langSwitch) Render() app.UI {
	choice := func(l pricing.Lang, label string) app.UI {
		return app.Button().Type("button").Class("lang-choice").Lang(string(l)).
			Aria("pressed", strconv.FormatBool(ls.Lang == l)).ID("lang-" + string(l)).Text(label).
			OnClick(func(ctx app.Context, e app.Event) { ls.Calc.setLang(ctx, l) })
	}
	return app.Div().Class("lang-switch no-print").Role("group").Aria("label", t(ls.Lang, "lang.label")).Body(
		choice(pricing.ZH, "简体中文"),
		choice(pricing.EN, "English"),
	)
}
