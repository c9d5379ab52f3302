package app

import (
	"encoding/json"
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
// and then every number and line again. It reads what OnNav's restore
// reads; OnNav then only keeps it.
func (c *calculator) OnInit() {
	if !app.IsClient {
		return
	}
	c.start.keepOpened = c.open(browserStorage("localStorage"), browserStorage("sessionStorage"))
	if embedded.Lang != "" && embedded.Lang != c.lang {
		c.lang = embedded.Lang // as startEmbed would, kept with the estimate
		c.stamp()
		c.start.keepOpened = true
	}
	c.start.opened, c.start.opening = true, false
	c.reprice()
	c.feedback.announcement = c.totalAnnouncement()
}

// NewCalculator returns the page. Until it has read the address and the
// browser's storage (OnInit in the browser) it shows no numbers: a shared
// link or a returning visitor's estimate must not open on someone else's,
// and the server's prerendered page cannot know them. A first visit opens
// on the source's worked example.
func NewCalculator() app.Composer {
	c := &calculator{cat: pricing.Default(), lang: pricing.ZH, today: today(), start: startup{opening: true}}
	c.reprice()
	return c
}

func (c *calculator) OnNav(ctx app.Context) {
	c.today = today()
	if c.start.opened {
		c.start.opened = false // OnInit opened it; later navigations restore
		if c.start.keepOpened {
			c.saveAfterPaint(ctx)
		}
	} else {
		c.restore(ctx)
	}
	c.start.opening = !app.IsClient // the server's page cannot know the visitor's estimate
	c.reprice()
	c.feedback.announcement = c.totalAnnouncement()
	c.startEmbed(ctx)
	c.syncPage(ctx)
	c.showHeldValues(ctx)
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
	if in, ok := addressIncoming(frag); ok {
		if lang == "" && in.est.Lang != "" {
			lang = string(in.est.Lang)
		}
		c.setRestoredLang(lang)
		if c.take(in) {
			c.stamp()
			return true
		}
		// Nothing could be read: go on to the saved estimate, which the
		// broken link has not cost the visitor.
	}
	c.setRestoredLang(lang)
	c.edit.est = exampleNew()
	if saved == "" {
		// A first visit: the example needs no keeping, and encoding it
		// would cost the start the first use of encoding/json.
		return false
	}
	if e, err := pricing.DecodeEstimate([]byte(saved)); err == nil {
		c.take(incoming{est: e})
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
