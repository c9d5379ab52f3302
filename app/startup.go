package app

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// startup is what the page knows before and while it opens the visitor's
// estimate: the server's page and the first render cannot know it.
type startup struct {
	opening    bool // the estimate to show is not known yet: prerendered, or before OnInit
	opened     bool // OnInit opened the estimate, which the first OnNav keeps
	keepOpened bool // it is to be saved once drawn
}

// OnInit opens the visitor's estimate before the first render, so the
// app draws the page once with it rather than a page that waits for OnNav
// and then every number and line again. OnNav then puts it in the address
// bar.
func (c *calculator) OnInit() {
	if !app.IsClient {
		return
	}
	c.open()
	if embedded.Lang != "" && embedded.Lang != c.lang {
		c.lang = embedded.Lang // as startEmbed would, kept with the estimate
	}
	c.stamp()
	c.start.opened, c.start.opening = true, false
	c.reprice()
	c.feedback.announcement = c.totalAnnouncement()
}

// NewCalculator returns the page. Until it has read the address and the
// browser's storage (OnInit in the browser) it shows no numbers: a shared
// link or a returning visitor's estimate must not open on someone else's,
// and the server's prerendered page cannot know them. A first visit opens
// on a new, empty estimate.
func NewCalculator() app.Composer {
	c := &calculator{lists: pricing.Lists(), lang: pricing.ZH, start: startup{opening: true}, shelf: memoryShelf()}
	c.setToday(today())
	c.reprice()
	return c
}

func (c *calculator) OnNav(ctx app.Context) {
	c.setToday(today())
	if c.start.opened {
		// Later navigations are Back and Forward (navigate). The notice of
		// a link opened with the page goes as any other does.
		c.start.opened = false
		c.expireNotice(ctx, c.feedback.notice.seq)
		c.noteTabOpen()
		c.saving.addressBarDirty = true
		c.scheduleAddressBar(ctx, c.saving.addressBarSaves)
	}
	c.start.opening = !app.IsClient // the server's page cannot know the visitor's estimate
	c.reprice()
	c.feedback.announcement = c.totalAnnouncement()
	c.startEmbed(ctx)
	c.syncPage(ctx)
	c.showHeldValues(ctx)
	c.replayKeptTaps(ctx)
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

// open opens what this tab is to show: a share link in the address, as an
// estimate of its own (openAsNew); else the estimate this tab had open (a
// reload); else the one edited last; else a new, empty one.
func (c *calculator) open() {
	tabRef := c.openShelf()
	var lang string
	readKept(c.shelf.local, langKey, &lang)

	// The raw hash, not url.URL's Fragment: that one is unescaped, and a
	// typed "1,000" (escaped %2C) would split into two fields.
	frag := shareOf(app.Window().Get("location").Get("hash").String())
	if len(frag) > 1 && tabRef != "" && revisited() && ownAddressBar(c.shelf.tab, frag[1:]) {
		// A reload of this tab's own link, which lags the kept estimate
		// by up to a pause in typing: open the kept one. A link opened
		// anew is the visitor's to open, even one this tab showed before.
		frag = ""
	}
	if in, ok := addressIncoming(frag); ok {
		if lang == "" && in.est.Lang != "" {
			lang = string(in.est.Lang)
		}
		c.setRestoredLang(lang)
		if !in.nothing {
			c.feedback.notice = notice{words: c.adoptIncoming(in), seq: 1}
			// Opened, the link is this tab's: a reload before the address
			// bar follows the first edit opens the estimate, not the link again.
			noteOwnLink(c.shelf.tab, frag[1:])
			return
		}
		// Nothing could be read: go on to the estimate kept, which the
		// broken link has not cost the visitor, and say why.
		defer c.refuse(in)
	}
	c.setRestoredLang(lang)
	switch {
	case !pricing.ValidReference(tabRef):
		c.openLatest()
	case !c.openKept(tabRef):
		// The tab's new estimate, still empty and so not kept: it is what
		// the visitor left open, and a reload shows it again.
		c.take(incoming{est: pricing.Estimate{Reference: tabRef}})
		c.shelf.kept, c.shelf.revision = false, 0
	}
}

// ownAddressBar tells whether frag is one of the last two links this tab
// wrote to its address bar. Two, not one: a reload that began just before
// a write carries the link before it.
func ownAddressBar(tab deviceStorage, frag string) bool {
	var links []string
	readKept(tab, addressBarKey, &links)
	return slices.Contains(links, frag)
}

// setRestoredLang sets the language remembered or named by the link; with
// neither, the browser's (preferredLang).
func (c *calculator) setRestoredLang(lang string) {
	if lang != "" {
		c.lang = pricing.ParseLang(lang)
		return
	}
	c.lang = preferredLang(browserLanguages())
}

// navigate follows Back and Forward. An entry the page made names the
// estimate it showed; one without (a link typed or pasted into the address
// bar) opens as an estimate of its own.
func (c *calculator) navigate(ctx app.Context) {
	ref := ""
	if state := app.Window().Get("history").Get("state"); state.Type() == app.TypeObject {
		if v := state.Get(historyKey); v.Type() == app.TypeString {
			ref = v.String()
		}
	}
	if ref == c.edit.est.Reference && ref != "" {
		return
	}
	// Keep the estimate left, but not in the address bar: the entry now
	// shown is another estimate's.
	c.savePendingEdit(ctx)
	c.saving.addressBarDirty = false
	if ref != "" && c.openKept(ref) {
		c.showOpened(ctx)
		return
	}
	frag := shareOf(app.Window().Get("location").Get("hash").String())
	if len(frag) > 1 && frag[1:] == c.shareFragment() {
		return
	}
	if in, ok := addressIncoming(frag); ok {
		c.openAsNew(ctx, in, false)
	}
}
