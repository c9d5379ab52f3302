package app

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// calculator is the page. Its state is in named parts, each kept by the
// file that works with it:
//
//	edit      editing.go        the estimate being edited, and its quote
//	shelf     estimates.go      the visitor's estimates kept on the device
//	saving    persist.go        when and where the estimate is kept
//	printed   quote_document.go the printed quote as last written
//	start     startup.go        what is known before the estimate is opened
//	feedback  feedback.go       what the page tells of the last action
//
// Children get the values they show and an interface of the few changes
// they may make (lineEditing, termEditing, …), never the calculator itself;
// go-app then re-renders the page and, of the children, only those whose
// values changed.
type calculator struct {
	app.Compo

	lists pricing.PriceLists
	cat   *pricing.Catalog // the list in force today: the cards, a new line's item
	lang  pricing.Lang
	today time.Time

	edit     editing
	shelf    shelf
	saving   saving
	printed  printCache
	start    startup
	feedback feedback

	updateReady bool // a new version has been installed

	// mounted is the calculator's own context: go-app drops a Defer made
	// from an element that the update removes, such as a line's remove button.
	mounted app.Context
}

// OnMount writes the printed quote of the first render, and keeps it
// current for a print that comes before the paint task has written it.
func (c *calculator) OnMount(ctx app.Context) {
	c.mounted = ctx
	c.writePrintedQuote()
	c.watchDay(ctx)
	// Back and Forward between the estimates this tab opened (startup.go).
	app.Window().Call("addEventListener", "popstate", app.FuncOf(func(app.Value, []app.Value) any {
		c.mounted.Dispatch(c.navigate)
		return nil
	}))
	// Another tab kept or deleted an estimate (estimates.go).
	watchStorageEvents(func(key string) {
		c.mounted.Dispatch(func(ctx app.Context) { c.storageChanged(ctx, key) })
	})
	app.Window().Call("addEventListener", "beforeprint", app.FuncOf(func(app.Value, []app.Value) any {
		if c.printed.dirty {
			c.writePrintedQuote()
		}
		return nil
	}))
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

func (c *calculator) setLang(ctx app.Context, lang pricing.Lang) {
	c.lang = lang
	writeKept(c.shelf.local, langKey, string(lang))
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
	if c.start.opening {
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
			&langSwitch{Lang: lang, Chooser: c},
		),
		app.If(c.edit.linkProblem != nil, func() app.UI {
			return app.Elem("p").Class("notice").ID("link-problem").Role("alert").Text(problem(c.edit.linkProblem, lang))
		}),
		app.If(!c.start.opening && !c.shelf.store.persistent(), func() app.UI {
			// Said once, where it stays: the browser keeps no site data (estimates.go).
			return app.Elem("p").Class("notice").ID("no-store").Role("status").Text(t(lang, msgNoticeNoStore))
		}),
		app.If(c.edit.staleFrom != "", func() app.UI {
			return app.Elem("p").Class("notice").ID("stale-prices").Role("alert").Text(tf(lang, msgStale, c.edit.staleFrom, c.cat.Version))
		}),
		app.If(c.showsChange(), c.priceChangeNotice),
		app.If(c.showsListNote(), c.listNote),
		app.Elem("div").Class("layout").Body(
			app.Elem("main").Class("main").Body(
				&catalogCards{Lang: lang, Catalog: c.cat, Adder: c},
				c.estimateSection(),
				c.plan(),
				&quoteDetails{Details: c.edit.est.Details, Reference: c.referenceShown(), Dated: c.dated(), Lang: lang, Edit: c},
				&packAdvisor{Lang: lang, Added: c.edit.packsAdded, Catalog: c.cat, Packs: c},
				&helpNotes{Lang: lang, Examples: c},
			),
			&summary{Quote: summaryView(c.edit.quote, lang), Lang: lang, Opening: c.start.opening, Open: c.feedback.summaryOpen, Notice: c.noticeView(),
				Announcement: c.feedback.announcement, Status: c.feedback.status, ShareLink: c.feedback.shareLink, Actions: c},
		),
		c.printedQuote(), // print: the only thing printed (quote_document.go, web/print.css)
	)
}

// referenceShown is the open estimate's 报价单号; none before the app has
// opened it, as the server cannot know it.
func (c *calculator) referenceShown() string {
	if c.start.opening {
		return "—"
	}
	return pricing.Reference(c.edit.est, &c.edit.quote)
}

// estimateSection is the estimate as a list, one row per line, with the
// remaining term after it while a line is an addition.
func (c *calculator) estimateSection() app.UI {
	lang := c.lang
	listOpen := c.shelf.listOpen && !c.start.opening
	head := app.Elem("div").Class("section-head").Body(
		app.Elem("h2").ID("lines-heading").Attr("tabindex", "-1").Text(t(lang, msgLines)), // a focus target (price_lists.go)
		app.Elem("div").Class("section-actions").Body(
			estimatesToggle(lang, c.estimateCount(), listOpen, c.start.opening, c),
			untilStarted(app.Elem("button").Attr("type", "button").Class("btn btn-quiet no-print").ID("estimate-new").Text(t(lang, msgEstimateNew))).
				OnClick(func(ctx app.Context, e app.Event) { c.newEstimate(ctx) }),
		),
	)
	// The list's place is always there, so the button's aria-controls names it.
	var list app.UI = app.Elem("section").Class("estimates-panel no-print").ID("estimates").Attr("hidden", true)
	if listOpen {
		list = &estimateList{Rows: c.estimateRows(), Lang: lang, Shelf: c}
	}
	section := untilStarted(app.Elem("section").Class("lines").Attr("aria-labelledby", "lines-heading"))
	if c.start.opening {
		return section.Body(head, list, app.Elem("p").Class("opening").ID("opening").Body(openingNote()...))
	}
	lines := make([]app.UI, len(c.edit.est.Lines))
	for i := range c.edit.est.Lines {
		lines[i] = &lineEditor{Index: i, Line: c.edit.est.Lines[i], Quote: c.edit.quote.Lines[i], TermOK: c.edit.quote.TermOK, Lang: lang,
			PriceNote: c.linePriceNote(i), Catalog: c.lineList(i), Edit: c}
	}
	return section.Body(
		head,
		list,
		app.If(len(lines) == 0, func() app.UI {
			return app.Elem("p").Class("empty").ID("estimate-empty").Text(t(lang, msgLineEmpty))
		}),
		app.Elem("div").Class("line-list").Body(lines...),
		app.If(embedded.On && len(lines) > 0, func() app.UI { return embedTotal(c.edit.quote, lang) }),
		app.Elem("button").Attr("type", "button").Class("btn btn-add no-print").ID("add-line").Text("＋ "+t(lang, msgAddToEstimate)).
			OnClick(func(ctx app.Context, e app.Event) {
				if c.addLines(ctx, defaultLine()) {
					c.focus(ctx, lineFieldID(len(c.edit.est.Lines)-1, "item"))
				}
			}),
		app.If(c.edit.quote.HasAdditions, func() app.UI {
			return &termEditor{Term: c.edit.est.Term, Quote: termView(c.edit.quote), Lang: lang, Today: pricing.FormatDate(c.today), Edit: c}
		}),
	)
}
