package app

import (
	"fmt"
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
}

// NewCalculator returns the page, opened on the source's worked example.
func NewCalculator() app.Composer {
	c := &calculator{cat: pricing.Default(), lang: pricing.ZH, today: today()}
	c.est = exampleNew()
	c.reprice()
	return c
}

// exampleNew is the source's worked example: 基础版, 5 users, 2 years.
func exampleNew() pricing.Estimate {
	return pricing.Estimate{
		Term:  pricing.Term{Years: "1", Months: "6"},
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
	return pricing.Line{Item: "chat-basic", Mode: pricing.New, Quantity: "3", Years: "1"}
}

func (c *calculator) OnNav(ctx app.Context) {
	c.today = today()
	c.restore(ctx)
	c.reprice()
	c.syncPage(ctx)
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

// changed is called after every edit: price again, then save.
func (c *calculator) changed(ctx app.Context) {
	c.status = ""
	c.reprice()
	c.save(ctx)
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

func (c *calculator) removeLine(ctx app.Context, i int) {
	if i < 0 || i >= len(c.est.Lines) {
		return
	}
	c.est.Lines = append(c.est.Lines[:i:i], c.est.Lines[i+1:]...)
	c.changed(ctx)
}

func (c *calculator) addLines(ctx app.Context, ls ...pricing.Line) {
	if len(c.est.Lines)+len(ls) > pricing.MaxLines {
		return
	}
	c.est.Lines = append(c.est.Lines, ls...)
	c.changed(ctx)
}

func (c *calculator) setTerm(ctx app.Context, t pricing.Term) {
	c.est.Term = t
	c.changed(ctx)
}

func (c *calculator) load(ctx app.Context, e pricing.Estimate) {
	c.est, c.linkProblem, c.staleFrom = e, nil, ""
	c.changed(ctx)
}

func (c *calculator) setLang(ctx app.Context, lang pricing.Lang) {
	c.lang = lang
	ctx.LocalStorage().Set(langKey, string(lang))
	c.syncPage(ctx)
	c.save(ctx)
}

// syncPage keeps the document's language and title in step with the visitor's choice.
func (c *calculator) syncPage(ctx app.Context) {
	ctx.Page().SetLang(string(c.lang))
	ctx.Page().SetTitle("%s", t(c.lang, "title"))
}

func (c *calculator) Render() app.UI {
	lang := c.lang
	lines := make([]app.UI, len(c.est.Lines))
	for i := range c.est.Lines {
		lines[i] = &lineEditor{Index: i, Line: c.est.Lines[i], Quote: c.quote.Lines[i], Lang: lang, Calc: c}
	}
	term := &termEditor{Term: c.est.Term, Quote: termView(c.quote), Lang: lang, Today: pricing.FormatDate(c.today), Calc: c}
	return app.Div().Class("page").Body(
		app.If(c.updateReady, func() app.UI {
			return app.Div().Class("update-banner").Role("status").Body(
				app.Span().Text(t(lang, "update.ready")),
				app.Button().Type("button").Class("btn").Text(t(lang, "update.reload")).OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
			)
		}),
		app.Header().Class("masthead").Body(
			app.Div().Class("masthead-text").Body(
				app.H1().Text(t(lang, "title")),
				app.P().Class("subtitle").Text(t(lang, "subtitle")),
				app.P().Class("catalog").Text(fmt.Sprintf(t(lang, "catalog"), c.cat.Version, c.cat.Date)),
			),
			&langSwitch{Lang: lang, Calc: c},
		),
		app.Div().Class("print-only quote-heading").Body(
			app.H2().Text(t(lang, "quote.heading")),
			app.P().Text(fmt.Sprintf(t(lang, "quote.date"), pricing.FormatDate(c.today))),
		),
		&toolbar{Lang: lang, Status: c.status, ShareLink: c.shareLink, Calc: c},
		app.If(c.linkProblem != nil, func() app.UI {
			return app.P().Class("notice").ID("link-problem").Role("alert").Text(problem(c.linkProblem, lang))
		}),
		app.If(c.staleFrom != "", func() app.UI {
			return app.P().Class("notice").ID("stale-prices").Role("alert").Text(fmt.Sprintf(t(lang, "stale"), c.staleFrom, c.cat.Version))
		}),
		app.Main().Class("layout").Body(
			untilStarted(app.Section().Class("lines").Aria("labelledby", "lines-heading")).Body(
				app.H2().ID("lines-heading").Text(t(lang, "lines")),
				// The shared term leads while additions need it, and waits below otherwise.
				app.If(c.quote.HasAdditions, func() app.UI { return term }),
				app.If(len(lines) == 0, func() app.UI {
					return app.P().Class("empty").Text(t(lang, "line.empty"))
				}),
				app.Div().Class("line-list").Body(lines...),
				app.Button().Type("button").Class("btn btn-add no-print").ID("add-line").Text("＋ "+t(lang, "line.add")).
					OnClick(func(ctx app.Context, e app.Event) { c.addLines(ctx, defaultLine()) }),
				app.If(!c.quote.HasAdditions, func() app.UI { return term }),
			),
			app.Aside().Class("side").Body(
				&summary{Quote: summaryView(c.quote), Lang: lang},
				&quoteDetails{Details: c.est.Details, Reference: pricing.Reference(c.est, &c.quote), Lang: lang, Calc: c}, // print: quote_details.go
				&packAdvisor{Lang: lang, Calc: c},
				&helpNotes{Lang: lang},
			),
		),
		&quoteDocument{Doc: c.document()}, // print: the only thing printed (quote_document.go, web/print.css)
	)
}

// helpNotes explains the rules. A component of its own, so that go-app
// skips it on every keystroke: it changes with the language only.
type helpNotes struct {
	app.Compo
	Lang pricing.Lang
}

func (h *helpNotes) Render() app.UI {
	lang := h.Lang
	return app.Details().Class("help no-print").Body(
		app.Summary().Text(t(lang, "help")),
		app.Ul().Body(
			app.Li().Text(t(lang, "help.new")),
			app.Li().Text(t(lang, "help.add")),
			app.Li().Text(t(lang, "help.dates")),
			app.Li().Text(t(lang, "help.reduce")),
			app.Li().Text(t(lang, "help.once")),
			app.Li().Text(t(lang, "help.source")),
		),
	)
}
