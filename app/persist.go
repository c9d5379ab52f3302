package app

import (
	"errors"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// saving is when the estimate is kept: at once in storage after the edit
// is drawn, and in the address bar once typing pauses.
type saving struct {
	addressBarSaves int  // saves so far, to tell when typing pauses
	addressBarDirty bool // a write of the address bar is scheduled
	pending         bool // an edit is drawn but not yet kept
	paintTaskQueued bool // the task after the next paint is asked for
	afterPaint      app.Func
}

// save keeps the estimate on this device at once (shelf), and in the
// address bar once typing pauses, so a reload, a restart or a copied URL
// all bring it back. The address bar waits because history.replaceState
// costs milliseconds, more than the rest of a keystroke's work, and
// Chromium throttles pages that call it hundreds of times in a few seconds.
func (c *calculator) save(ctx app.Context) {
	if !app.IsClient {
		return
	}
	c.stamp()
	c.keepInStore(ctx)
	c.postEstimate()
	c.saving.addressBarSaves++
	if c.saving.addressBarDirty {
		return // the pending write will see this change too
	}
	c.saving.addressBarDirty = true
	c.scheduleAddressBar(ctx, c.saving.addressBarSaves)
}

// keepInStore writes the open estimate to the store: a draft once it holds
// something, a kept one over the revision it was loaded at. When another
// tab saved or deleted it since, this tab's version is kept as a copy, so
// neither tab's work is lost; when the store is full, the visitor is told
// and everything kept before stays.
func (c *calculator) keepInStore(ctx app.Context) {
	sh := &c.shelf
	if sh.store == nil {
		return
	}
	e := c.edit.est
	if !sh.kept {
		if blank(e) {
			return
		}
		s, err := sh.store.adopt(e)
		if err != nil {
			c.storeProblem(err)
			return
		}
		c.edit.est.Reference, sh.kept, sh.revision = s.Reference, true, s.Revision
		c.noteTabOpen()
		return
	}
	revision, err := sh.store.save(e.Reference, e, sh.revision)
	var conflict *estimateConflict
	switch {
	case errors.As(err, &conflict):
		copied, err := sh.store.create(e)
		if err != nil {
			c.storeProblem(err)
			return
		}
		c.edit.est.Reference, sh.revision = copied.Reference, copied.Revision
		c.noteTabOpen()
		c.pushAddress()
		c.warn(wordsOf(msgNoticeConflict, copied))
	case err != nil:
		c.storeProblem(err)
	default:
		sh.revision, sh.full = revision, false
	}
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
	if c.saving.pending {
		return // the pending save will see this edit too
	}
	c.saving.pending = true
	// After go-app's update, the next animation frame is the one that draws it.
	c.mounted.Defer(func(app.Context) { c.requestPaintTask() })
}

// requestPaintTask asks for the paint task: a task right after the next
// frame is drawn, which does the work a change needs but its frame need
// not wait for: the save and the printed quote.
func (c *calculator) requestPaintTask() {
	if c.saving.paintTaskQueued {
		return
	}
	c.saving.paintTaskQueued = true
	if c.saving.afterPaint == nil {
		paintTask := app.FuncOf(func(app.Value, []app.Value) any {
			c.mounted.Dispatch(func(ctx app.Context) {
				told, ref := c.feedback.notice.seq, c.edit.est.Reference
				c.saving.paintTaskQueued = false
				c.savePendingEdit(ctx)
				if c.printed.dirty {
					c.writePrintedQuote()
				}
				if c.feedback.notice.seq == told && c.edit.est.Reference == ref {
					// Nothing drawn changes, unless the save had something to
					// say (a full store) or kept the edit as a copy.
					ctx.PreventUpdate()
				}
			})
			return nil
		})
		// A task queued from an animation frame runs after that frame is drawn.
		c.saving.afterPaint = app.FuncOf(func(app.Value, []app.Value) any {
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
		app.Window().Call("setTimeout", c.saving.afterPaint, 0) // a hidden tab draws no frames
		return
	}
	app.Window().Call("requestAnimationFrame", c.saving.afterPaint)
}

func (c *calculator) savePendingEdit(ctx app.Context) {
	if c.saving.pending {
		c.saving.pending = false
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
		if !c.saving.addressBarDirty {
			return // written already, as a link was copied
		}
		if c.saving.addressBarSaves != seen {
			c.scheduleAddressBar(ctx, c.saving.addressBarSaves)
			return
		}
		c.writeAddressBar(ctx)
	})
}

// writeAddressBar puts the estimate's share link into the address bar, and
// notes it among the tab's last two: a reload reads the address bar as it
// stood, up to a pause older than the saved estimate (startup.go).
// history.replaceState, not Page().ReplaceURL: the fragment is already
// escaped, and url.URL would escape its % signs a second time.
func (c *calculator) writeAddressBar(ctx app.Context) { c.setAddress("replaceState") }

// pushAddress makes the open estimate a new entry of the tab's history,
// so Back returns to the estimate open before.
func (c *calculator) pushAddress() {
	if !app.IsClient {
		return
	}
	c.setAddress("pushState")
}

// setAddress writes the open estimate's link with history's method, its
// reference in the entry's state (popstate reads it back: navigate).
func (c *calculator) setAddress(method string) {
	c.saving.addressBarDirty = false
	frag := c.shareFragment()
	loc := app.Window().Get("location")
	app.Window().Get("history").Call(method, map[string]any{historyKey: c.edit.est.Reference}, "",
		loc.Get("pathname").String()+loc.Get("search").String()+"#"+embedded.addressPrefix()+frag)
	noteOwnLink(c.shelf.tab, frag)
}

// noteOwnLink notes frag among the last two links this tab's address bar
// held of its own (startup.go's ownAddressBar).
func noteOwnLink(tab deviceStorage, frag string) {
	var links []string
	readKept(tab, addressBarKey, &links)
	if len(links) == 0 || links[len(links)-1] != frag {
		links = append(links, frag)
	}
	if len(links) > 2 {
		links = links[len(links)-2:]
	}
	writeKept(tab, addressBarKey, links)
}

// historyKey names the open estimate's reference in a history entry's state.
const historyKey = "qidianEstimate"

func (c *calculator) shareFragment() string { return pricing.EncodeLink(c.edit.est) }
