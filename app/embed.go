package app

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// Embed mode: the calculator inside another site's page, in an iframe.
// The embedding page chooses it in the address, on top of a share link:
//
//	#embed=1&lang=en&v=1&l=chat-basic,new,5,2   (or ?embed=1&lang=en)
//	langswitch=1                                shows the language switch
//
// The page then talks to its parent with postMessage, only to the parent's
// origin and only if the server listed it as allowed to embed the page
// (the meta tag embedOriginsMeta); see embed_wasm.go.

// Address keys of embed mode; "lang" is a share-link key as well.
const (
	embedKey      = "embed"
	langSwitchKey = "langswitch"
)

// The separators of an address and of its parameters.
const (
	querySep    = "?"
	fragmentSep = "#"
	partSep     = "&"
	keySep      = "="
)

// embedOriginsMeta names the meta tag in which the server lists the origins
// allowed to embed the page, separated by spaces.
const embedOriginsMeta = "qidian-embed-origins"

// Message types, page to parent and parent to page.
const (
	heightMessage   = "qidian-calculator:height"
	estimateMessage = "qidian-calculator:estimate"
	openMessage     = "qidian-calculator:open"
)

// maxOpenBytes bounds what a parent may send to open, as pricing bounds a file.
const maxOpenBytes = pricing.MaxEstimateBytes

// embedding is what the address asks of embed mode.
type embedding struct {
	On         bool
	LangSwitch bool
	Lang       pricing.Lang // the language the address asks for, "" for none
	inFragment bool         // chosen in the fragment, which the page rewrites
}

// embedded is this page's embedding, read from the address as the program starts.
var embedded embedding

// splitEmbed reads embed mode from an address's query ("?a=b" or "") and
// fragment ("#…" or ""), and returns the share link the fragment holds,
// without the leading "#": the embed keys left out and "v=" moved first,
// as DecodeLink wants it. A fragment without embed=1 is returned as it is.
func splitEmbed(query, fragment string) (em embedding, share string) {
	fragment = strings.TrimPrefix(fragment, "#")
	if q, err := url.ParseQuery(strings.TrimPrefix(query, "?")); err == nil || len(q) > 0 {
		em.On = q.Get(embedKey) == "1"
		em.LangSwitch = q.Get(langSwitchKey) == "1"
		if l := q.Get("lang"); l != "" {
			em.Lang = pricing.ParseLang(l)
		}
	}
	parts := strings.Split(fragment, partSep)
	var rest []string
	version, onlyLang := -1, true
	fragEmbed := false
	for _, p := range parts {
		key, val, _ := strings.Cut(p, keySep)
		switch key {
		case embedKey:
			fragEmbed = val == "1"
			continue
		case langSwitchKey:
			em.LangSwitch = em.LangSwitch || val == "1"
			continue
		case "lang":
			if l, err := url.QueryUnescape(val); err == nil && l != "" {
				em.Lang = pricing.ParseLang(l)
			}
		case "v":
			if version < 0 {
				version = len(rest)
			}
			onlyLang = false
		case "":
		default:
			onlyLang = false
		}
		rest = append(rest, p)
	}
	if !fragEmbed {
		if !em.On {
			em = embedding{}
		}
		return em, fragment
	}
	em.On, em.inFragment = true, true
	switch {
	case version > 0:
		rest = append([]string{rest[version]}, append(rest[:version:version], rest[version+1:]...)...)
	case version < 0 && onlyLang:
		return em, "" // embed mode on no share link: the page opens as it would
	}
	return em, strings.Join(rest, partSep)
}

// shareOf is the share link in an address's fragment, with "#", the embed
// keys left out: what the page opens (startup.go).
func shareOf(fragment string) string {
	_, share := splitEmbed("", fragment)
	if share == "" {
		return ""
	}
	return "#" + share
}

// addressPrefix is what the page keeps in front of the share link it writes
// to the address bar, so a reload stays embedded. The language is not kept:
// the share link carries the visitor's current one.
func (em embedding) addressPrefix() string {
	if !em.inFragment {
		return "" // the query holds it, and the page keeps the query
	}
	p := embedKey + "=1&"
	if em.LangSwitch {
		p += langSwitchKey + "=1&"
	}
	return p
}

// withoutEmbed is a page address (no fragment) with the embed keys taken
// out of its query: the full page, for a link to share or open.
func withoutEmbed(address string) string {
	base, query, ok := strings.Cut(address, querySep)
	if !ok {
		return address
	}
	var kept []string
	for _, p := range strings.Split(query, partSep) {
		key, _, _ := strings.Cut(p, keySep)
		if key != embedKey && key != langSwitchKey && key != "lang" && p != "" {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 {
		return base
	}
	return base + "?" + strings.Join(kept, partSep)
}

// parseOrigins reads the meta tag's list. Anything that is not a bare
// http(s) origin, as a browser writes one, is left out: it could never
// match a parent.
func parseOrigins(list string) []string {
	var out []string
	for _, o := range strings.Fields(list) {
		if o == originOf(o) {
			out = append(out, o)
		}
	}
	return out
}

// originOf is a URL's origin ("https://a.example:8443"), or "" if it has none.
func originOf(link string) string {
	u, err := url.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return ""
	}
	return u.Scheme + "://" + u.Host
}

// allowedParent is the parent's origin if the list allows it, else "".
// ancestor is location.ancestorOrigins[0] where the browser has it, the
// parent's origin exactly; referrer (document.referrer) is the fallback.
func allowedParent(allowed []string, ancestor, referrer string) string {
	parent := ancestor
	if parent == "" {
		parent = originOf(referrer)
	}
	for _, o := range allowed {
		if parent != "" && o == parent {
			return parent
		}
	}
	return ""
}

// estimateNews is the estimate message's content.
type estimateNews struct {
	Total     string // "9990.00", "" when there is no total to show
	TotalText string // "9,990.00 元", "¥9,990.00"
	Complete  bool
	OnRequest bool // price-on-request lines were left out of the total
	Link      string
}

// message is what the parent is sent. An estimate the page shows "—" for
// (incomplete, or nothing priced) has total and totalText null: a host
// that ignores complete then shows no amount rather than ¥0.00.
func (n estimateNews) message() map[string]any {
	var total, text any
	if n.Total != "" {
		total, text = n.Total, n.TotalText
	}
	return map[string]any{
		"type":      estimateMessage,
		"total":     total,
		"totalText": text,
		"complete":  n.Complete,
		"onRequest": n.OnRequest,
		"link":      n.Link,
	}
}

func newEstimateNews(q *pricing.Quote, lang pricing.Lang, link string) estimateNews {
	n := estimateNews{Complete: q.Complete, OnRequest: q.ExcludesOnRequest, Link: link}
	if q.Complete && q.HasTotal() {
		n.Total, n.TotalText = q.Total.Fixed(), pricing.AmountText(q.Total, lang)
	}
	return n
}

// openRequest is a parent's request to open an estimate, as read from its
// message: a share link, or estimate JSON.
type openRequest struct {
	Link     string // a whole link or a fragment; only its fragment is read
	Estimate []byte // JSON, as in a downloaded file
}

// readOpen tells what a message's fields ask to open. typ is the "type"
// field, link the "link" field, estimate the "estimate" field as JSON; each
// is "" when absent or not of its kind. ok is false for anything else.
func readOpen(typ, link, estimate string) (r openRequest, ok bool) {
	if typ != openMessage {
		return r, false
	}
	switch {
	case link != "":
		return openRequest{Link: link}, true
	case estimate != "":
		return openRequest{Estimate: []byte(estimate)}, true
	}
	return r, false
}

// fragment is the share link the request's link carries, without "#".
func (r openRequest) fragment() string {
	_, frag, _ := strings.Cut(r.Link, fragmentSep)
	_, share := splitEmbed("", frag)
	return share
}

// openFromParent opens what the parent sent as an estimate of its own, as
// a share link in the address or a chosen file would be.
func (c *calculator) openFromParent(ctx app.Context, r openRequest) {
	var in incoming
	switch {
	case r.Estimate != nil:
		in = fileIncoming(r.Estimate)
	case len(r.Link) > maxOpenBytes:
		in = incoming{problem: tooLarge, nothing: true}
	default:
		in = linkIncoming(r.fragment())
	}
	in.from = fromParent
	c.openAsNew(ctx, in, true)
}

// pageLink is the full page's address for the current estimate: the share
// link without embed mode.
func (c *calculator) pageLink() string {
	loc := app.Window().Get("location")
	return withoutEmbed(loc.Get("origin").String()+loc.Get("pathname").String()+loc.Get("search").String()) +
		"#" + c.shareFragment()
}

// embedBar stands in for the masthead in embed mode: the way out to the full page.
type embedBar struct {
	app.Compo

	Lang pricing.Lang
	Link string
}

func (b *embedBar) Render() app.UI {
	return app.Elem("div").Class("embed-bar no-print").Body(
		app.Elem("a").ID("embed-open-full").Attr("href", b.Link).Attr("target", "_blank").Attr("rel", "noopener").
			Text(t(b.Lang, msgEmbedOpen)),
	)
}

// embedTotal stands right under the lines in embed mode. The frame is as
// tall as its content, so the summary's bar, fixed to the frame's bottom,
// or its column, sticky in it, is out of the host's window while a line is
// edited; this total is next to the line. Not a live region: the summary's
// announcement says each change once.
func embedTotal(q pricing.Quote, lang pricing.Lang) app.UI {
	total, _ := totalText(q, lang)
	return app.Elem("p").Class("embed-total").ID("embed-total").Body(
		app.Elem("span").Class("embed-total-label").Text(t(lang, msgTotal)),
		app.Text(" "),
		app.Elem("span").Class("embed-total-value").Text(total),
		app.If(!q.Complete, func() app.UI {
			return app.Elem("span").Class("warning").Text(" " + t(lang, msgEmbedIncomplete))
		}),
	)
}
