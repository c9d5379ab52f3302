package app

import (
	"slices"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// editing is the estimate being edited, priced on every change. Children
// change it through the calculator's methods in this file, each named in
// the interface the child holds (lineEditing, termEditing, …).
type editing struct {
	est   pricing.Estimate
	quote pricing.Quote

	linkProblem error           // what could not be read of the link or file opened
	staleFrom   string          // a price list this page does not have, which the estimate was made with
	change      *pricing.Change // a price list published ahead, and what it changes
	packsAdded  bool            // the pack advisor's plan is in the estimate
}

// reprice quotes the estimate by the price lists of its days (R19), and
// what a list published ahead would change; it is cheap (microseconds), so
// it runs on every keystroke.
func (c *calculator) reprice() {
	c.edit.quote = c.lists.Price(c.edit.est, c.today)
	c.edit.change = c.lists.Upcoming(c.edit.est, &c.edit.quote, c.today)
}

// changed is called after every edit: price again, then save once the
// new total is drawn.
func (c *calculator) changed(ctx app.Context) {
	c.feedback.status = ""
	c.reprice()
	c.saveAfterPaint(ctx)
}

// committed is called when an edit is complete (a field left, a choice
// made, a line added or removed): the total is announced then, once, not
// on every keystroke.
func (c *calculator) committed() { c.feedback.announcement = c.totalAnnouncement() }

// totalAnnouncement is what screen readers hear of the total.
func (c *calculator) totalAnnouncement() string {
	text, _ := totalText(c.edit.quote, c.lang)
	return planAnnouncement(t(c.lang, msgTotal)+" "+text, planPaidView(&c.edit.quote, c.lang), text, c.lang)
}

func (c *calculator) setLine(ctx app.Context, i int, l pricing.Line) {
	if i < 0 || i >= len(c.edit.est.Lines) {
		return
	}
	c.edit.est.Lines[i] = l
	c.changed(ctx)
}

// editLine changes line i as the calculator holds it now, not as it was
// last rendered: two events can arrive before the next frame (a click on 新购
// then a keystroke), and the second must not undo the first.
func (c *calculator) editLine(ctx app.Context, i int, change func(*pricing.Line)) {
	if i < 0 || i >= len(c.edit.est.Lines) {
		return
	}
	nl := c.edit.est.Lines[i]
	change(&nl)
	c.setLine(ctx, i, nl)
}

// removeLine removes line i; focus goes to the line that takes its place,
// else the one before, else the button that adds a line.
func (c *calculator) removeLine(ctx app.Context, i int) {
	if i < 0 || i >= len(c.edit.est.Lines) {
		return
	}
	removed, ref := c.edit.est.Lines[i], c.edit.est.Reference
	c.edit.est.Lines = append(c.edit.est.Lines[:i:i], c.edit.est.Lines[i+1:]...)
	c.changed(ctx)
	c.committed()
	c.say(ctx, wordsOf(msgNoticeLineRemoved, strconv.Itoa(i+1)), func(ctx app.Context) {
		c.restoreLine(ctx, ref, i, removed)
	})
	switch {
	case i < len(c.edit.est.Lines):
		c.focus(ctx, lineFieldID(i, "item"))
	case i > 0:
		c.focus(ctx, lineFieldID(i-1, "item"))
	default:
		c.focus(ctx, "add-line")
	}
}

// restoreLine puts a removed line back where it was, if its estimate is
// still the one open and has room.
func (c *calculator) restoreLine(ctx app.Context, ref string, i int, l pricing.Line) {
	if ref != c.edit.est.Reference || len(c.edit.est.Lines) >= pricing.MaxLines {
		return
	}
	i = min(i, len(c.edit.est.Lines))
	c.edit.est.Lines = slices.Insert(c.edit.est.Lines, i, l)
	c.changed(ctx)
	c.committed()
	c.showHeldValues(ctx)
	c.focus(ctx, lineFieldID(i, "item"))
}

// addLines appends lines; it reports false when the estimate is full.
func (c *calculator) addLines(ctx app.Context, ls ...pricing.Line) bool {
	if len(c.edit.est.Lines)+len(ls) > pricing.MaxLines {
		c.feedback.status = tf(c.lang, msgLinesFull, strconv.Itoa(pricing.MaxLines))
		return false
	}
	c.edit.est.Lines = append(c.edit.est.Lines, ls...)
	c.changed(ctx)
	c.committed()
	return true
}

// addEdition adds a line of item from the catalog and says so; focus
// stays on the card's button, so several editions are added in a row, and
// the page scrolls just enough to show the new line.
func (c *calculator) addEdition(ctx app.Context, it *pricing.Item) {
	if c.addLines(ctx, smallestPurchase(it, pricing.New)) {
		c.feedback.status = tf(c.lang, msgEditionAdded, it.FullName(c.lang), strconv.Itoa(len(c.edit.est.Lines)))
		c.reveal(ctx, lineFieldID(len(c.edit.est.Lines)-1, "card"))
	}
}

// editTerm changes the remaining term as held now (see editLine).
func (c *calculator) editTerm(ctx app.Context, change func(*pricing.Term)) {
	t := c.edit.est.Term
	change(&t)
	c.edit.est.Term = t
	c.changed(ctx)
}

// addPacks adds the pack advisor's plan, which it then shows as added.
func (c *calculator) addPacks(ctx app.Context, lines []pricing.Line) {
	c.edit.packsAdded = c.addLines(ctx, lines...)
}

// forgetPacks is called when the advisor's plan changes: it is not added.
func (c *calculator) forgetPacks() { c.edit.packsAdded = false }

// openExample opens a worked example from the help as a new estimate
// named for it.
func (c *calculator) openExample(ctx app.Context, name msg, e pricing.Estimate) {
	e.Name = t(c.lang, name)
	c.openAsNew(ctx, incoming{from: fromExample, est: e}, true)
}

// defaultLine is what "add an item" adds: the smallest valid purchase.
func defaultLine() pricing.Line {
	return smallestPurchase(pricing.Default().Item("chat-basic"), pricing.New)
}

// smallestPurchase is a line of item with the least quantity and years it
// can be bought with: a new line, or a line whose product changed, starts
// there rather than carrying numbers chosen for something else.
func smallestPurchase(it *pricing.Item, mode pricing.Mode) pricing.Line {
	l := pricing.Line{Item: it.ID, Mode: mode, Quantity: "1"}
	if it.Billing() != pricing.Annual {
		l.Mode = ""
		return l
	}
	if l.Mode == "" {
		l.Mode = pricing.New
	}
	if l.Mode == pricing.New && it.MinNew > 1 {
		l.Quantity = pricing.Number(strconv.FormatInt(it.MinNew, 10))
	}
	l.Years = "1"
	return l
}

// editDetails changes the details as the calculator holds them now (see editLine).
func (c *calculator) editDetails(ctx app.Context, change func(*pricing.Details)) {
	d := c.edit.est.Details
	change(&d)
	c.edit.est.Details = d
	c.changed(ctx)
}

// staleCheck warns when an estimate was made with a price list this page
// does not have (a later version's link): the page shows today's prices,
// and says so. A list it has prices the estimate by its date (R19).
func (c *calculator) staleCheck() {
	if v := c.edit.est.Catalog; v != "" && c.lists.Version(v) == nil {
		c.edit.staleFrom = v
	}
}

// stamp marks the estimate with its quote date (today, for one that has
// none yet and names no list: a new estimate), the list of that date and
// the language it is shown in, as it is kept and linked.
func (c *calculator) stamp() {
	e := &c.edit.est
	if e.Date == "" && e.Catalog == "" {
		e.Date = pricing.FormatDate(c.today)
	}
	e.Catalog = c.lists.On(c.lists.QuoteDate(*e, c.today)).Version
	e.Lang = c.lang
}
