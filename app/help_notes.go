package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// helpNotes explains the rules and opens the source's worked examples.
// A component of its own, so that go-app skips it on every keystroke: it
// changes with the language only.
type helpNotes struct {
	app.Compo

	Lang     pricing.Lang
	Examples exampleOpening
}

// exampleOpening is what the help may change: it opens a worked example.
type exampleOpening interface {
	openExample(ctx app.Context, name msg, e pricing.Estimate)
}

func (h *helpNotes) Render() app.UI {
	lang := h.Lang
	example := func(id string, key msg, e func() pricing.Estimate) app.UI {
		return keptTap(app.Elem("button")).Attr("type", "button").Class("btn btn-quiet").ID(id).Text(t(lang, key)).
			OnClick(func(ctx app.Context, ev app.Event) { h.Examples.openExample(ctx, key, e()) })
	}
	return app.Elem("details").Class("help no-print").ID("help").Body(
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

// exampleNew is the source's worked example: 基础版, 5 users, 2 years. It
// holds no remaining term: a line switched to 增购 must ask for one, not
// take a term the visitor never saw.
func exampleNew() pricing.Estimate {
	return pricing.Estimate{
		Lines: []pricing.Line{{Item: "chat-basic", Mode: pricing.New, Quantity: "5", Years: "2"}},
	}
}

// exampleAdd is its second half: 3 users added with 1 year 6 months left.
func exampleAdd() pricing.Estimate {
	return pricing.Estimate{
		Term:  pricing.Term{Years: "1", Months: "6"},
		Lines: []pricing.Line{{Item: "chat-basic", Mode: pricing.Add, Quantity: "3"}},
	}
}

// examplePlan is the source's worked example as the plan it describes
// (R14): 5 users for 2 years now, 3 more users after 6 months.
func examplePlan() pricing.Estimate {
	return pricing.Estimate{Lines: []pricing.Line{
		{Item: "chat-basic", Mode: pricing.New, Quantity: "5", Years: "2"},
		{Item: "chat-basic", Mode: pricing.Planned, Quantity: "3", After: "6"},
	}}
}
