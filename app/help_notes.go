package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// helpNotes explains the rules. A component of its own, so that go-app
// skips it on every keystroke: it changes with the language only.
type helpNotes struct {
	app.Compo
	Lang pricing.Lang
}

func (h *helpNotes) Render() app.UI {
	lang := h.Lang
	return app.Details().Class("help no-print").Body(
		app.Summary().Text(t(lang, msgHelp)),
		app.Ul().Body(
			app.Li().Text(t(lang, msgHelpNew)),
			app.Li().Text(t(lang, msgHelpAdd)),
			app.Li().Text(t(lang, msgHelpDates)),
			app.Li().Text(t(lang, msgHelpReduce)),
			app.Li().Text(t(lang, msgHelpOnce)),
			app.Li().Text(t(lang, msgHelpSource)),
		),
	)
}
