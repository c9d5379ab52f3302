package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// Dated price lists on the page (R19): the cards show the list in force
// today, the estimate is priced by the lists of its days (pricing.Price),
// a list published ahead is announced once, and when its day comes the
// page switches by itself, offline too, as the day is the browser's.

// changeSeenKey keeps, on the device, the version of the last change the
// visitor closed, so it is announced once.
const changeSeenKey = "qidian.priceChangeSeen"

// setToday makes day the page's today, and the list in force then the one
// the cards show.
func (c *calculator) setToday(day time.Time) {
	if !day.Equal(c.today) {
		clear(c.shelf.totals) // the kept estimates' totals, priced on the day before
	}
	c.today, c.cat = day, c.lists.On(day)
}

// watchDay looks at the calendar each minute and when the page is shown
// again: past midnight, or on a list's day, the page prices by that day.
func (c *calculator) watchDay(ctx app.Context) {
	check := func() {
		c.mounted.Dispatch(func(ctx app.Context) {
			d := today()
			if d.Equal(c.today) {
				ctx.PreventUpdate() // the same day: nothing to draw
				return
			}
			c.setToday(d)
			c.reprice()
		})
	}
	app.Window().Get("document").Call("addEventListener", "visibilitychange", app.FuncOf(func(app.Value, []app.Value) any {
		check()
		return nil
	}))
	ctx.Async(func() {
		for range time.Tick(time.Minute) {
			check()
		}
	})
}

// changeSeen tells whether the visitor closed the announcement of this change.
func (c *calculator) changeSeen(ch *pricing.Change) bool {
	v, _, _ := c.shelf.store.storage.GetItem(changeSeenKey)
	return v == ch.List.Version
}

// closeChange closes the announcement, for good on this device.
func (c *calculator) closeChange(ctx app.Context, e app.Event) {
	if c.edit.change != nil {
		c.shelf.store.storage.SetItem(changeSeenKey, c.edit.change.List.Version)
	}
	c.feedback.status = ""
	c.focus(ctx, "lines-heading")
}

// showsChange tells whether a list published ahead is to be announced.
func (c *calculator) showsChange() bool {
	return c.edit.change != nil && !c.start.opening && !c.changeSeen(c.edit.change)
}

// priceChangeNotice announces a list published ahead: its day, and what it
// changes in the estimate (or the items it reprices), until closed.
func (c *calculator) priceChangeNotice() app.UI {
	ch, lang := c.edit.change, c.lang
	var items []app.UI
	for _, d := range ch.Details(&c.edit.quote, lang) {
		items = append(items, app.Elem("li").Text(d))
	}
	return app.Elem("section").Class("notice price-change").ID("price-change").Attr("aria-labelledby", "price-change-heading").Body(
		app.Elem("h2").ID("price-change-heading").Text(ch.Heading(lang)),
		app.Elem("ul").Body(items...),
		app.Elem("button").Attr("type", "button").Class("btn btn-quiet no-print").ID("price-change-close").
			Text(t(lang, msgChangeSeen)).OnClick(c.closeChange),
	)
}

// showsListNote tells whether the estimate is priced by another list than
// simply today's (an honoured or expired quote).
func (c *calculator) showsListNote() bool {
	return !c.start.opening && c.edit.quote.ListNote(c.lang) != ""
}

// listNote says so, and offers to quote again as of today: today's list
// and a new validity, the choice of a visitor whose quote has run out or
// who wants a later list's prices.
func (c *calculator) listNote() app.UI {
	return app.Elem("div").Class("notice list-note").ID("list-note").Body(
		app.Elem("p").Role("status").Text(c.edit.quote.ListNote(c.lang)),
		app.Elem("button").Attr("type", "button").Class("btn btn-quiet no-print").ID("requote").
			Text(t(c.lang, msgRequote)).OnClick(c.requote),
	)
}

// requote dates the estimate today (R19). It may give up an earlier
// list's lower prices, so 撤销 puts the quote date back.
func (c *calculator) requote(ctx app.Context, e app.Event) {
	date, list, ref := c.edit.est.Date, c.edit.est.Catalog, c.edit.est.Reference
	c.edit.est.Date = pricing.FormatDate(c.today)
	c.changed(ctx)
	c.committed()
	c.say(ctx, wordsOf(msgNoticeRequoted, c.edit.est.Date), func(ctx app.Context) {
		if ref == c.edit.est.Reference {
			c.edit.est.Date, c.edit.est.Catalog = date, list // an undated estimate is dated by its list
			c.changed(ctx)
			c.committed()
		}
	})
	c.focus(ctx, "lines-heading")
}

// linePriceNote is line i's PriceNote (lineEditor).
func (c *calculator) linePriceNote(i int) string {
	q := &c.edit.quote
	l := &q.Lines[i]
	note := l.OtherList(q, c.lang)
	if l.ChangedSince {
		if note != "" {
			note += c.lang.Pick("；", "; ")
		}
		note += l.BeforeText(c.lang)
	}
	return note
}

// lineList is the list line i is priced by, whose items and prices its
// choice offers: the quote date's for an honoured quote, else today's.
func (c *calculator) lineList(i int) *pricing.Catalog {
	if l := c.lists.Version(c.edit.quote.Lines[i].List); l != nil {
		return l
	}
	return c.cat
}

// dated is the estimate's quote date and last valid day, for the quote's
// details (R19); empty while the page starts, as the server cannot know them.
func (c *calculator) dated() string {
	q := &c.edit.quote
	if c.start.opening || q.QuoteDate.IsZero() {
		return ""
	}
	return tf(c.lang, msgDetailsDated, pricing.FormatDate(q.QuoteDate), pricing.FormatDate(q.ValidUntil))
}
