package app

import (
	"encoding/json"
	"slices"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// Storage keys. The estimate is kept as the same JSON the page exports:
// in localStorage for the browser (a new tab, a restart), and in the tab's
// sessionStorage, which a reload keeps and other tabs do not share, so
// reloading a tab brings back that tab's work even when another tab saved
// since.
const (
	estimateKey    = "qidian.estimate"    // localStorage: the browser's latest estimate
	langKey        = "qidian.lang"        // localStorage
	tabEstimateKey = "qidian.tabEstimate" // sessionStorage: this tab's latest estimate
	addressBarKey  = "qidian.addressBar"  // sessionStorage: the last two links this tab wrote to its address bar
)

// restore opens, in order of precedence: a share link in the URL fragment,
// the estimate saved by this tab, the one saved in this browser, or the
// example the page was built with. What it opens is kept once the page has
// drawn it: the visitor's estimate is shown first.
func (c *calculator) restore(ctx app.Context) {
	if app.IsClient && c.open(ctx.LocalStorage(), ctx.SessionStorage()) {
		c.saveAfterPaint(ctx)
	}
}

// storage is what open reads: go-app's storages through a context, or,
// before the first render, the browser's own (browserStorage).
type storage interface {
	Get(key string, v any) error
}

// browserStorage reads "localStorage" or "sessionStorage" as go-app
// does (JSON values), for OnInit, which has no context.
type browserStorage string

func (s browserStorage) Get(key string, v any) error {
	item := app.Window().Get(string(s)).Call("getItem", key)
	if item.Type() != app.TypeString {
		return nil
	}
	return json.Unmarshal([]byte(item.String()), v)
}

// open sets the estimate and language restore opens; it reports whether
// they are to be kept (saved) once drawn.
func (c *calculator) open(local, session storage) (keep bool) {
	var lang string
	local.Get(langKey, &lang)
	saved := savedEstimate(local, session)

	// The raw hash, not url.URL's Fragment: that one is unescaped, and a
	// typed "1,000" (escaped %2C) would split into two fields.
	frag := shareOf(app.Window().Get("location").Get("hash").String())
	if len(frag) > 1 && saved != "" && ownAddressBar(session, frag[1:]) {
		// This tab's own link, which lags the saved estimate by up to a
		// pause in typing: open the saved one.
		frag = ""
	}
	if e, ok, err := (pricing.Location{Fragment: frag}).Estimate(); ok {
		if lang == "" && e.Lang != "" {
			lang = string(e.Lang)
		}
		if err != nil {
			c.linkProblem = err
		}
		if err == nil || len(e.Lines) > 0 {
			c.setRestoredLang(lang)
			c.est = e
			c.staleCheck()
			c.stamp()
			return true
		}
		// Nothing could be read: fall through to the saved estimate, so a
		// broken link never costs the visitor the work kept in this browser.
	}
	c.setRestoredLang(lang)
	c.est = exampleNew()
	if saved == "" {
		// A first visit: the example needs no keeping, and encoding it
		// would cost the start the first use of encoding/json.
		return false
	}
	if e, err := pricing.DecodeEstimate([]byte(saved)); err == nil {
		c.est = e
		c.staleCheck()
	}
	c.stamp()
	return true
}

// savedEstimate is this tab's saved estimate, else the browser's.
func savedEstimate(local, session storage) string {
	var saved string
	session.Get(tabEstimateKey, &saved)
	if saved == "" {
		local.Get(estimateKey, &saved)
	}
	return saved
}

// ownAddressBar tells whether frag is one of the last two links this tab
// wrote to its address bar. Two, not one: a reload that began just before
// a write carries the link before it.
func ownAddressBar(session storage, frag string) bool {
	var links []string
	session.Get(addressBarKey, &links)
	return slices.Contains(links, frag)
}

func (c *calculator) setRestoredLang(lang string) {
	if lang != "" {
		c.lang = pricing.ParseLang(lang)
	}
}

// staleCheck warns when an estimate was made with another price list: the
// page shows today's prices, and says so.
func (c *calculator) staleCheck() {
	if v := c.est.Catalog; v != "" && v != c.cat.Version {
		c.staleFrom = v
	}
}

// stamp marks the estimate with the price list and language it is shown
// in, as it is kept and linked.
func (c *calculator) stamp() { c.est.Catalog, c.est.Lang = c.cat.Version, c.lang }

// save keeps the estimate in this browser at once, and in the address bar
// once typing pauses, so a reload, a restart or a copied URL all bring it
// back. The address bar waits because history.replaceState costs
// milliseconds, more than the rest of a keystroke's work, and Chromium
// throttles pages that call it hundreds of times in a few seconds.
func (c *calculator) save(ctx app.Context) {
	if !app.IsClient {
		return
	}
	c.stamp()
	saved := string(pricing.EncodeEstimate(c.est))
	ctx.SessionStorage().Set(tabEstimateKey, saved)
	ctx.LocalStorage().Set(estimateKey, saved)
	c.postEstimate()
	c.addressBarSaves++
	if c.addressBarDirty {
		return // the pending write will see this change too
	}
	c.addressBarDirty = true
	c.scheduleAddressBar(ctx, c.addressBarSaves)
}

// saveAfterPaint saves once the browser has drawn the edit: the first save
// pays for encoding/json's first use, which the first answer need not wait
// for. A page left before then saves at once, so a reload right after an
// edit keeps it.
func (c *calculator) saveAfterPaint(ctx app.Context) {
	if !app.IsClient || c.mounted.Src() == nil {
		c.save(ctx)
		return
	}
	if c.savePending {
		return // the pending save will see this edit too
	}
	c.savePending = true
	// After go-app's update, the next animation frame is the one that draws it.
	c.mounted.Defer(func(app.Context) { c.requestPaintTask() })
}

// requestPaintTask asks for the paint task: a task right after the next
// frame is drawn, which does the work a change needs but its frame need
// not wait for: the save and the printed quote.
func (c *calculator) requestPaintTask() {
	if c.paintTaskQueued {
		return
	}
	c.paintTaskQueued = true
	if c.afterPaint == nil {
		paintTask := app.FuncOf(func(app.Value, []app.Value) any {
			c.mounted.Dispatch(func(ctx app.Context) {
				ctx.PreventUpdate() // nothing drawn changes
				c.paintTaskQueued = false
				c.savePendingEdit(ctx)
				if c.printedDirty {
					c.writePrintedQuote()
				}
			})
			return nil
		})
		// A task queued from an animation frame runs after that frame is drawn.
		c.afterPaint = app.FuncOf(func(app.Value, []app.Value) any {
			app.Window().Call("setTimeout", paintTask, 0)
			return nil
		})
		// A page left or reloaded before then saves at once.
		app.Window().Call("addEventListener", "pagehide", app.FuncOf(func(app.Value, []app.Value) any {
			c.savePendingEdit(c.mounted)
			return nil
		}))
	}
	if app.Window().Get("document").Get("visibilityState").String() == "hidden" {
		app.Window().Call("setTimeout", c.afterPaint, 0) // a hidden tab draws no frames
		return
	}
	app.Window().Call("requestAnimationFrame", c.afterPaint)
}

func (c *calculator) savePendingEdit(ctx app.Context) {
	if c.savePending {
		c.savePending = false
		c.save(ctx)
	}
}

// addressBarPause is how long typing must pause before the address bar
// follows the estimate.
const addressBarPause = 300 * time.Millisecond

// scheduleAddressBar writes the address bar once no save has come for
// addressBarPause since the one numbered seen.
func (c *calculator) scheduleAddressBar(ctx app.Context, seen int) {
	if c.mounted.Src() != nil {
		ctx = c.mounted // a line's context ends with the line, and its timer with it
	}
	ctx.After(addressBarPause, func(ctx app.Context) {
		if !c.addressBarDirty {
			return // written already, as a link was copied
		}
		if c.addressBarSaves != seen {
			c.scheduleAddressBar(ctx, c.addressBarSaves)
			return
		}
		c.writeAddressBar(ctx)
	})
}

// writeAddressBar puts the estimate's share link into the address bar, and
// notes it among the tab's last two: a reload reads the address bar as it
// stood, up to a pause older than the saved estimate (see restore).
// history.replaceState, not Page().ReplaceURL: the fragment is already
// escaped, and url.URL would escape its % signs a second time.
func (c *calculator) writeAddressBar(ctx app.Context) {
	c.addressBarDirty = false
	frag := c.shareFragment()
	loc := app.Window().Get("location")
	app.Window().Get("history").Call("replaceState", nil, "",
		loc.Get("pathname").String()+loc.Get("search").String()+"#"+embedded.addressPrefix()+frag)
	var links []string
	ctx.SessionStorage().Get(addressBarKey, &links)
	if len(links) == 0 || links[len(links)-1] != frag {
		links = append(links, frag)
	}
	if len(links) > 2 {
		links = links[len(links)-2:]
	}
	ctx.SessionStorage().Set(addressBarKey, links)
}

func (c *calculator) shareFragment() string { return pricing.EncodeLink(c.est) }

// problem is an error's message for the visitor.
func problem(err error, lang pricing.Lang) string {
	if ie, ok := err.(*pricing.InputError); ok {
		return ie.Message(lang)
	}
	return err.Error()
}

// newEstimate starts an empty estimate: no line, no term, nothing added by
// the pack advisor.
func (c *calculator) newEstimate(ctx app.Context) {
	c.load(ctx, pricing.Estimate{})
}
