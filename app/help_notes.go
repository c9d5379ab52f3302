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
		return app.Button().Type("button").Class("btn btn-quiet").ID(id).Text(t(lang, key)).
			OnClick(func(ctx app.Context, ev app.Event) { h.Calc.load(ctx, e()) })
	}
	return untilStarted(app.Details().Class("help no-print").ID("help")).Body(
		app.Summary().Text(t(lang, msgHelp)),
		app.Ul().Body(
			app.Li().Text(t(lang, msgHelpNew)),
			app.Li().Text(t(lang, msgHelpAdd)),
			app.Li().Text(t(lang, msgHelpDates)),
			app.Li().Text(t(lang, msgHelpReduce)),
			app.Li().Text(t(lang, msgHelpOnce)),
			app.Li().Text(t(lang, msgHelpSource)),
		),
		app.H3().Text(t(lang, msgExamples)),
		app.P().Class("hint").Text(t(lang, msgExamplesHint)),
		app.Div().Class("examples").Body(
			example("example-new", msgExampleNew, exampleNew),
			example("example-add", msgExampleAdd, exampleAdd),
			example("example-plan", msgExamplePlan, examplePlan),
		),
	)
}
