package app

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// calculator is the page: it owns the estimate, prices it on every change
// and hands each part of the page the data it shows. Children change the
// estimate through its methods; go-app then re-renders it and, of the
// children, only those whose data changed.
type calculator struct {
	app.Compo

	cat   *pricing.Catalog
	lang  pricing.Lang
	est   pricing.Estimate
	quote pricing.Quote
	today time.Time

	linkProblem error  // what could not be read of the share link opened
	staleFrom   string // the other price-list version the estimate was made with
	status      string // the outcome of the last toolbar action
	shareLink   string // shown for copying by hand where the clipboard is refused
	updateReady bool   // a new version has been installed

	addressBarSaves int  // saves so far, to tell when typing pauses (persist.go)
	addressBarDirty bool // a write of the address bar is scheduled
	savePending     bool // an edit is drawn but not yet kept (persist.go)
	paintTaskQueued bool // the task after the next paint is asked for (persist.go)
	afterPaint      app.Func

	printed      printSource // what the last render's printed quote is made of (quote_document.go)
	printedDirty bool        // it is not yet written
	printedStart string      // the markup written, of each part
	printedEnd   string

	opening      bool   // the estimate to show is not known yet: prerendered, or before OnInit
	opened       bool   // OnInit opened the estimate, which the first OnNav keeps
	keepOpened   bool   // it is to be saved once drawn (restore)
	announcement string // the total as last announced to screen readers
	packsAdded   bool   // the pack advisor's plan is in the estimate
	summaryOpen  bool   // the itemised list of the bottom bar is open (narrow screens)

	// mounted is the calculator's own context: go-app drops a Defer made
	// from an element that the update removes, such as a line's remove button.
	mounted app.Context
}

// OnMount writes the printed quote of the first render, and keeps it
// current for a print that comes before the paint task has written it.
func (c *calculator) OnMount(ctx app.Context) {
	c.mounted = ctx
	c.writePrintedQuote()
	app.Window().Call("addEventListener", "beforeprint", app.FuncOf(func(app.Value, []app.Value) any {
		if c.printedDirty {
			c.writePrintedQuote()
		}
		return nil
	}))
}

// OnInit opens the visitor's estimate before the first render, so the
// app draws the page once with it rather than a page that waits for OnNav
// and then every number and line again. It reads what OnNav's restore
// reads; OnNav then only keeps it.
func (c *calculator) OnInit() {
	if !app.IsClient {
		return
	}
	c.keepOpened = c.open(browserStorage("localStorage"), browserStorage("sessionStorage"))
	if embedded.Lang != "" && embedded.Lang != c.lang {
		c.lang = embedded.Lang // as startEmbed would, kept with the estimate
		c.stamp()
		c.keepOpened = true
	}
	c.opened, c.opening = true, false
	c.reprice()
	c.announcement = c.totalAnnouncement()
}

// NewCalculator returns the page. Until it has read the address and the
// browser's storage (OnInit in the browser) it shows no numbers: a shared
// link or a returning visitor's estimate must not open on someone else's,
// and the server's prerendered page cannot know them. A first visit opens
// on the source's worked example.
func NewCalculator() app.Composer {
	c := &calculator{cat: pricing.Default(), lang: pricing.ZH, today: today(), opening: true}
	c.reprice()
	return c
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

func (c *calculator) OnNav(ctx app.Context) {
	c.today = today()
	if c.opened {
		c.opened = false // OnInit opened it; later navigations restore
		if c.keepOpened {
			c.saveAfterPaint(ctx)
		}
	} else {
		c.restore(ctx)
	}
	c.opening = !app.IsClient // the server's page cannot know the visitor's estimate
	c.reprice()
	c.announcement = c.totalAnnouncement()
	c.startEmbed(ctx)
	c.syncPage(ctx)
	c.showHeldValues(ctx)
}

// OnAppUpdate shows the banner only when a version other than the running
// one is cached. go-app also calls it on a first visit, when our worker
// (server_worker.js) claims the page as it activates.
func (c *calculator) OnAppUpdate(ctx app.Context) {
	if !ctx.AppUpdateAvailable() {
		return
	}
	mine := workerCachePrefix + app.Getenv("GOAPP_VERSION")
	var found app.Func
	found = app.FuncOf(func(this app.Value, args []app.Value) any {
		names := args[0]
		newer := false
		for i := 0; i < names.Length(); i++ {
			if n := names.Index(i).String(); strings.HasPrefix(n, workerCachePrefix) && n != mine {
				newer = true
			}
		}
		ctx.Dispatch(func(ctx app.Context) { c.updateReady = newer })
		found.Release()
		return nil
	})
	app.Window().Get("caches").Call("keys").Call("then", found)
}

// workerCachePrefix names the service worker's caches (server_worker.js).
const workerCachePrefix = "qidian-calculator-"

// reprice quotes the estimate; it is cheap (microseconds), so it runs on every keystroke.
func (c *calculator) reprice() {
	c.quote = c.cat.Price(c.est, c.today)
}

// changed is called after every edit: price again, then save once the
// new total is drawn.
func (c *calculator) changed(ctx app.Context) {
	c.status = ""
	c.reprice()
	c.saveAfterPaint(ctx)
}

// committed is called when an edit is complete (a field left, a choice
// made, a line added or removed): the total is announced then, once, not
// on every keystroke.
func (c *calculator) committed() { c.announcement = c.totalAnnouncement() }

// totalAnnouncement is what screen readers hear of the total.
func (c *calculator) totalAnnouncement() string {
	text, _ := totalText(c.quote, c.lang)
	return t(c.lang, msgTotal) + " " + text
}

// showHeldValues empties, after the next draw, every field that holds
// nothing but still shows text: go-app writes an empty value by leaving it
// out, which leaves whatever the field showed before (the prerendered 5, or
// a replaced estimate's number). Only after changes the visitor did not type.
func (c *calculator) showHeldValues(ctx app.Context) {
	c.afterDraw(ctx, func() {
		for _, in := range jsArray(app.Window().Get("document").Call("querySelectorAll", "input[data-empty]")) {
			if in.Get("value").String() != "" {
				in.Set("value", "")
			}
		}
	})
}

func jsArray(list app.Value) []app.Value {
	out := make([]app.Value, list.Length())
	for i := range out {
		out[i] = list.Index(i)
	}
	return out
}

// afterDraw runs do once the current update is drawn.
func (c *calculator) afterDraw(ctx app.Context, do func()) {
	if c.mounted.Src() != nil {
		ctx = c.mounted
	}
	if ctx.Src() == nil {
		return // no page to draw on (the native tests' empty context)
	}
	ctx.Defer(func(app.Context) { do() })
}

// focus moves keyboard focus to the element with id after the next draw.
func (c *calculator) focus(ctx app.Context, id string) {
	c.afterDraw(ctx, func() {
		if e := app.Window().GetElementByID(id); e.Truthy() {
			e.Call("focus")
		}
	})
}

func (c *calculator) setLine(ctx app.Context, i int, l pricing.Line) {
	if i < 0 || i >= len(c.est.Lines) {
		return
	}
	c.est.Lines[i] = l
	c.changed(ctx)
}

// editLine changes line i as the calculator holds it now, not as it was
// last rendered: two events can arrive before the next frame (a click on 新购
// then a keystroke), and the second must not undo the first.
func (c *calculator) editLine(ctx app.Context, i int, change func(*pricing.Line)) {
	if i < 0 || i >= len(c.est.Lines) {
		return
	}
	nl := c.est.Lines[i]
	change(&nl)
	c.setLine(ctx, i, nl)
}

// removeLine removes line i; focus goes to the line that takes its place,
// else the one before, else the button that adds a line.
func (c *calculator) removeLine(ctx app.Context, i int) {
	if i < 0 || i >= len(c.est.Lines) {
		return
	}
	c.est.Lines = append(c.est.Lines[:i:i], c.est.Lines[i+1:]...)
	c.changed(ctx)
	c.committed()
	switch {
	case i < len(c.est.Lines):
		c.focus(ctx, lineFieldID(i, "item"))
	case i > 0:
		c.focus(ctx, lineFieldID(i-1, "item"))
	default:
		c.focus(ctx, "add-line")
	}
}

// addLines appends lines; it reports false when the estimate is full.
func (c *calculator) addLines(ctx app.Context, ls ...pricing.Line) bool {
	if len(c.est.Lines)+len(ls) > pricing.MaxLines {
		c.status = tf(c.lang, msgLinesFull, strconv.Itoa(pricing.MaxLines))
		return false
	}
	c.est.Lines = append(c.est.Lines, ls...)
	c.changed(ctx)
	c.committed()
	return true
}

// addEdition adds a line of item from the catalog and says so; focus
// stays on the card's button, so several editions are added in a row, and
// the page scrolls just enough to show the new line.
func (c *calculator) addEdition(ctx app.Context, it *pricing.Item) {
	if c.addLines(ctx, smallestPurchase(it, pricing.New)) {
		c.status = tf(c.lang, msgEditionAdded, it.FullName(c.lang), strconv.Itoa(len(c.est.Lines)))
		c.reveal(ctx, lineFieldID(len(c.est.Lines)-1, "card"))
	}
}

// reveal scrolls the element with id into view after the next draw, if it
// is not in view already; focus stays where it is.
func (c *calculator) reveal(ctx app.Context, id string) {
	c.afterDraw(ctx, func() {
		if e := app.Window().GetElementByID(id); e.Truthy() {
			e.Call("scrollIntoView", map[string]any{"block": "nearest"})
		}
	})
}

func (c *calculator) setTerm(ctx app.Context, t pricing.Term) {
	c.est.Term = t
	c.changed(ctx)
}

// load replaces the estimate; the pack advisor's "added" goes with the old one.
func (c *calculator) load(ctx app.Context, e pricing.Estimate) {
	c.est, c.linkProblem, c.staleFrom, c.packsAdded = e, nil, "", false
	c.changed(ctx)
	c.committed()
	c.showHeldValues(ctx)
}

func (c *calculator) setLang(ctx app.Context, lang pricing.Lang) {
	c.lang = lang
	ctx.LocalStorage().Set(langKey, string(lang))
	c.syncPage(ctx)
	c.save(ctx)
	c.committed()
}

// syncPage keeps the document's language and title in step with the visitor's choice.
func (c *calculator) syncPage(ctx app.Context) {
	ctx.Page().SetLang(string(c.lang))
	ctx.Page().SetTitle(t(c.lang, msgTitle))
}

func (c *calculator) Render() app.UI {
	lang := c.lang
	page := app.Elem("div").Class("page")
	if c.opening {
		page = page.Class("page-opening") // see app.css: the visitor's language before the app runs
	}
	return page.Body(
		app.If(c.updateReady, func() app.UI { return &updateBanner{Lang: lang} }),
		app.If(embedded.On, func() app.UI { return &embedBar{Lang: lang, Link: c.pageLink()} }),
		app.Elem("header").Class("masthead").Body(
			app.Elem("div").Class("masthead-text").Body(
				app.Elem("h1").Text(t(lang, msgTitle)),
				app.Elem("p").Class("subtitle").Text(t(lang, msgSubtitle)),
				app.Elem("p").Class("catalog").Text(tf(lang, msgCatalog, c.cat.Version, c.cat.Date)),
			),
			&langSwitch{Lang: lang, Calc: c},
		),
		app.If(c.linkProblem != nil, func() app.UI {
			return app.Elem("p").Class("notice").ID("link-problem").Role("alert").Text(problem(c.linkProblem, lang))
		}),
		app.If(c.staleFrom != "", func() app.UI {
			return app.Elem("p").Class("notice").ID("stale-prices").Role("alert").Text(tf(lang, msgStale, c.staleFrom, c.cat.Version))
		}),
		app.Elem("div").Class("layout").Body(
			app.Elem("main").Class("main").Body(
				&catalogCards{Lang: lang, Calc: c},
				c.estimateSection(),
				c.plan(),
				&quoteDetails{Details: c.est.Details, Reference: pricing.Reference(c.est, &c.quote), Lang: lang, Calc: c},
				&packAdvisor{Lang: lang, Added: c.packsAdded, Calc: c},
				&helpNotes{Lang: lang, Calc: c},
			),
			&summary{Quote: summaryView(c.quote, lang), Lang: lang, Opening: c.opening, Open: c.summaryOpen,
				Announcement: c.announcement, Status: c.status, ShareLink: c.shareLink, Calc: c},
		),
		c.printedQuote(), // print: the only thing printed (quote_document.go, web/print.css)
	)
}

// estimateSection is the estimate as a list, one row per line, with the
// remaining term after it while a line is an addition.
func (c *calculator) estimateSection() app.UI {
	lang := c.lang
	head := app.Elem("div").Class("section-head").Body(
		app.Elem("h2").ID("lines-heading").Text(t(lang, msgLines)),
		app.Elem("button").Attr("type", "button").Class("btn btn-quiet no-print").ID("estimate-new").Text(t(lang, msgEstimateNew)).
			OnClick(func(ctx app.Context, e app.Event) { c.newEstimate(ctx) }),
	)
	section := untilStarted(app.Elem("section").Class("lines").Attr("aria-labelledby", "lines-heading"))
	if c.opening {
		return section.Body(head, app.Elem("p").Class("opening").ID("opening").Body(openingNote()...))
	}
	lines := make([]app.UI, len(c.est.Lines))
	for i := range c.est.Lines {
		lines[i] = &lineEditor{Index: i, Line: c.est.Lines[i], Quote: c.quote.Lines[i], TermOK: c.quote.TermOK, Lang: lang, Calc: c}
	}
	return section.Body(
		head,
		app.If(len(lines) == 0, func() app.UI {
			return app.Elem("p").Class("empty").Text(t(lang, msgLineEmpty))
		}),
		app.Elem("div").Class("line-list").Body(lines...),
		app.Elem("button").Attr("type", "button").Class("btn btn-add no-print").ID("add-line").Text("＋ "+t(lang, msgLineAdd)).
			OnClick(func(ctx app.Context, e app.Event) {
				if c.addLines(ctx, defaultLine()) {
					c.focus(ctx, lineFieldID(len(c.est.Lines)-1, "item"))
				}
			}),
		app.If(c.quote.HasAdditions, func() app.UI {
			return &termEditor{Term: c.est.Term, Quote: termView(c.quote), Lang: lang, Today: pricing.FormatDate(c.today), Calc: c}
		}),
	)
}

// openingNote stands where the estimate and the total will be while the
// page starts. The server does not know the visitor's language, so it is in
// both; app.js marks the page with theirs before app.wasm runs, and CSS
// shows only that one (internal/site/loader.go, web/app.css).
func openingNote() []app.UI {
	return []app.UI{
		app.Elem("span").Class("only-zh").Lang(string(pricing.ZH)).Text(t(pricing.ZH, msgOpening)),
		app.Elem("span").Class("only-en").Lang(string(pricing.EN)).Text(t(pricing.EN, msgOpening)),
	}
}
