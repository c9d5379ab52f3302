package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// totals is what the summary shows of a quote, in the page's language.
type totals struct {
	Lines             []summaryLine
	Total             string // "9,990.00 元", or "—" while nothing can be priced
	Why               string // why the total is "—"
	ExcludesOnRequest bool
	Complete          bool
	Plan              []planPaid // what a plan pays now and later (summary_plan.go); nil without planned additions
}

type summaryLine struct{ Name, When, Amount string }

func summaryView(q pricing.Quote, lang pricing.Lang) totals {
	s := totals{ExcludesOnRequest: q.ExcludesOnRequest, Complete: q.Complete}
	for i, l := range q.Lines {
		name := tf(lang, msgLine, strconv.Itoa(i+1))
		if l.Item != nil {
			name += " · " + l.Item.FullName(lang)
		}
		amount := "—"
		switch {
		case l.OnRequest && len(l.Errors) == 0:
			amount = pricing.OnRequestText(lang)
		case l.Priced:
			amount = money(l.Amount, lang)
		}
		s.Lines = append(s.Lines, summaryLine{name, plannedAt(&q.Lines[i], lang), amount})
	}
	s.Plan = planPaidView(&q, lang)
	var priced bool
	s.Total, priced = totalText(q, lang)
	switch {
	case priced:
	case len(q.Lines) == 0:
		s.Why = t(lang, msgTotalWhyEmpty)
	case q.Complete && q.ExcludesOnRequest:
		s.Why = t(lang, msgTotalWhyOnRequest)
	default:
		s.Why = t(lang, msgTotalWhyErrors)
	}
	return s
}

// totalText is the total, or "—" when no line could be priced: 0.00 would
// read as a price.
func totalText(q pricing.Quote, lang pricing.Lang) (string, bool) {
	if !q.HasTotal() {
		return "—", false
	}
	return money(q.Total, lang), true
}

// summary keeps the itemised estimate and its total in view: a sticky
// column on wide screens, a bar at the bottom on narrow ones that opens to
// the list. The total itself is not a live region; a hidden one announces
// it once per completed change.
type summary struct {
	app.Compo

	Quote        totals
	Lang         pricing.Lang
	Opening      bool
	Open         bool // the bar's list is open
	Announcement string
	Status       string
	ShareLink    string
	Notice       noticeView // what just happened, with 撤销 (notice.go)
	Actions      summaryActions

	// The bar's height and the page's focus, followed (summary_focus.go).
	observer            app.Value
	onResize, onFocusIn app.Func
}

// summaryActions is what the summary may change: it opens and closes its
// list, and holds the toolbar's actions.
type summaryActions interface {
	estimateActions
	noticeActions
	toggleSummary()
	closeSummary()
}

func (s *summary) Render() app.UI {
	lang, q := s.Lang, s.Quote
	if s.Opening {
		q = totals{Total: "—", Complete: true}
	}
	items := make([]app.UI, len(q.Lines))
	for i, l := range q.Lines {
		items[i] = app.Elem("li").Body(
			app.Elem("span").Class("summary-name").Body(app.Text(l.Name),
				app.If(l.When != "", func() app.UI { return app.Elem("span").Class("summary-when").Text(l.When) })),
			app.Elem("span").Class("summary-amount").Text(l.Amount),
		)
	}
	detailsClass := "summary-details"
	if s.Open {
		detailsClass += " open"
	}
	toggle := t(lang, msgSummaryShow)
	if s.Open {
		toggle = t(lang, msgSummaryHide)
	}
	totalClass := "total-value"
	if q.Total == "—" {
		totalClass += " pending"
	}
	return app.Elem("section").Class("summary").Attr("aria-labelledby", "total-heading").OnKeyDown(s.escapeSummary).Body(
		app.Elem("div").Class("summary-bar").Body(
			app.Elem("h2").ID("total-heading").Text(totalHeading(q, lang)),
			app.Elem("output").ID("total").Class(totalClass).Text(q.Total),
			app.If(len(q.Plan) > 0, func() app.UI { return planPaidList(q.Plan) }),
			untilStarted(app.Elem("button").Attr("type", "button").Class("btn summary-toggle no-print").ID("summary-toggle").
				Attr("aria-expanded", strconv.FormatBool(s.Open)).Attr("aria-controls", "summary-details").Text(toggle).
				OnClick(func(ctx app.Context, e app.Event) { s.Actions.toggleSummary() })),
		),
		&pageNotice{Notice: s.Notice, Lang: lang, Actions: s.Actions},
		app.Elem("div").Class(detailsClass).ID("summary-details").Body(
			app.If(s.Opening, func() app.UI { return app.Elem("p").ID("total-why").Class("hint").Body(openingNote()...) }),
			// While the total is "—", why is the one message: what the
			// total leaves out needs a total.
			app.If(q.Why != "", func() app.UI { return app.Elem("p").ID("total-why").Class("hint").Text(q.Why) }),
			app.If(q.Why == "" && q.ExcludesOnRequest, func() app.UI {
				return app.Elem("p").ID("total-excludes").Class("note").Text(t(lang, msgTotalExcludes))
			}),
			app.If(q.Why == "" && !q.Complete, func() app.UI {
				return app.Elem("p").ID("total-incomplete").Class("warning").Text(t(lang, msgTotalIncomplete))
			}),
			app.If(len(items) > 0, func() app.UI {
				return app.Elem("ol").Class("summary-lines").Attr("aria-label", t(lang, msgSummaryLines)).Body(items...)
			}),
			&toolbar{Lang: lang, Status: s.Status, ShareLink: s.ShareLink, Actions: s.Actions},
		),
		app.Elem("p").Class("visually-hidden").ID("total-announce").Attr("aria-live", "polite").Text(s.Announcement),
	)
}
