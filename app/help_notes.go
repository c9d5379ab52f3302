package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// helpNotes explains the rules and opens the source's two worked examples.
// A component of its own, so that go-app skips it on every keystroke: it
// changes with the language only.
type helpNotes struct {
	app.Compo

	Lang pricing.Lang
	Calc *calculator
}

func (h *helpNotes) Render() app.UI {
	lang := h.Lang
	example := func(id string, key msg, e func() pricing.Estimate) app.UI {
		return app.Elem("button").Attr("type", "button").Class("btn btn-quiet").ID(id).Text(t(lang, key)).
			OnClick(func(ctx app.Context, ev app.Event) { h.Calc.load(ctx, e()) })
	}
	return untilStarted(app.Elem("details").Class("help no-print").ID("help")).Body(
		app.Elem("summary").Text(t(lang, msgHelp)),
		app.Elem("ul").Body(
			app.Elem("li").Text(t(lang, msgHelpNew)),
			app.Elem("li").Text(t(lang, msgHelpAdd)),
			app.Elem("li").Text(t(lang, msgHelpDates)),
			app.Elem("li").Text(t(lang, msgHelpReduce)),
			app.Elem("li").Text(t(lang, msgHelpOnce)),
			app.Elem("li").Text(t(lang, msgHelpSource)),
		),
		app.Elem("h3").Text(t(lang, msgExamples)),
		app.Elem("p").Class("hint").Text(t(lang, msgExamplesHint)),
		app.Elem("div").Class("examples").Body(
			example("example-new", msgExampleNew, exampleNew),
			example("example-add", msgExampleAdd, exampleAdd),
			example("example-plan", msgExamplePlan, examplePlan),
		),
	)
}
