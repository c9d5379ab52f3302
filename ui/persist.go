package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// Storage keys. The estimate is kept as the same JSON the page exports.
const (
	estimateKey = "qidian.estimate"
	langKey     = "qidian.lang"
)

// restore opens, in order of precedence: a share link in the URL fragment,
// the estimate saved in this browser, or the example the page was built with.
func (c *calculator) restore(ctx app.Context) {
	if !app.IsClient {
		return
	}
	var lang string
	ctx.LocalStorage().Get(langKey, &lang)

	// The raw hash, not url.URL's Fragment: that one is unescaped, and a
	// typed "1,000" (escaped %2C) would split into two fields.
	if frag := app.Window().Get("location").Get("hash").String(); len(frag) > 1 {
		e, err := pricing.DecodeLink(frag)
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
			c.save(ctx)
			return
		}
		// Nothing could be read: fall through to the saved estimate, so a
		// broken link never costs the visitor the work kept in this browser.
	}
	c.setRestoredLang(lang)
	var saved string
	ctx.LocalStorage().Get(estimateKey, &saved)
	if saved == "" {
		c.save(ctx)
		return
	}
	if e, err := pricing.DecodeEstimate([]byte(saved)); err == nil {
		c.est = e
		c.staleCheck()
	}
	c.save(ctx)
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

// save keeps the estimate in this browser and in the address bar, so a
// reload, a restart or a copied URL all bring it back.
func (c *calculator) save(ctx app.Context) {
	if !app.IsClient {
		return
	}
	c.est.Catalog, c.est.Lang = c.cat.Version, c.lang
	ctx.LocalStorage().Set(estimateKey, string(pricing.EncodeEstimate(c.est)))
	// history.replaceState, not Page().ReplaceURL: the fragment is already
	// escaped, and url.URL would escape its % signs a second time.
	u := *ctx.Page().URL()
	u.Fragment, u.RawFragment = "", ""
	app.Window().Get("history").Call("replaceState", nil, "", u.String()+"#"+c.shareFragment())
}

func (c *calculator) shareFragment() string { return pricing.EncodeLink(c.est) }

// problem is an error's message for the visitor.
func problem(err error, lang pricing.Lang) string {
	if ie, ok := err.(*pricing.InputError); ok {
		return ie.Message(lang)
	}
	return err.Error()
}

// newEstimate forgets the saved estimate and goes back to the example.
func (c *calculator) newEstimate(ctx app.Context) {
	c.load(ctx, exampleNew())
}
