package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// totals is what the summary shows of a quote.
type totals struct {
	Total             pricing.Money
	ExcludesOnRequest bool
	Complete          bool
}

func summaryView(q pricing.Quote) totals {
	return totals{Total: q.Total, ExcludesOnRequest: q.ExcludesOnRequest, Complete: q.Complete}
}

// summary shows the total, announced to screen readers as it changes.
type summary struct {
	app.Compo

	Quote totals
	Lang  pricing.Lang
}

func (s *summary) Render() app.UI {
	lang, q := s.Lang, s.Quote
	return app.Section().Class("summary").Aria("labelledby", "total-heading").Body(
		app.Div().Aria("live", "polite").Aria("atomic", "true").Body(
			app.H2().ID("total-heading").Text(t(lang, msgTotal)),
			app.Output().ID("total").Class("total-value").Text(pricing.AmountText(q.Total, lang)),
			app.If(q.ExcludesOnRequest, func() app.UI {
				return app.P().ID("total-excludes").Class("note").Text(t(lang, msgTotalExcludes))
			}),
			app.If(!q.Complete, func() app.UI {
				return app.P().ID("total-incomplete").Class("warning").Text(t(lang, msgTotalIncomplete))
			}),
		),
	)
}
