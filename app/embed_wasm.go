//go:build wasm

package app

import (
	"math"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Embed mode is read before go-app starts, so the first frame the app
// draws is already the embedded one: the classes on <html> drop the
// masthead (web/app.css, "Embed mode").
func init() {
	loc := app.Window().Get("location")
	embedded, _ = splitEmbed(loc.Get("search").String(), loc.Get("hash").String())
	if !embedded.On {
		return
	}
	classes := app.Window().Get("document").Get("documentElement").Get("classList")
	classes.Call("add", "embedded")
	if embedded.LangSwitch {
		classes.Call("add", "embed-langswitch")
	}
}

// parentPage is the embedding page, when the server allows its origin.
// Its listener and observer live as long as the page does.
type parentPage struct {
	calc   *calculator
	ctx    app.Context
	origin string // the parent's origin, one of those allowed

	height int          // the last height posted
	news   estimateNews // the last estimate posted
	told   bool         // an estimate has been posted

	onMessage app.Func
	onResize  app.Func
}

// parent is set by the first startEmbed; nil outside embed mode.
var parent *parentPage

// startEmbed applies the language the embedding page asked for and, if
// the parent's origin is allowed, starts telling it the page's height and
// estimate and listening to it. OnNav calls it once the estimate is open.
func (c *calculator) startEmbed(ctx app.Context) {
	if !embedded.On {
		return
	}
	if parent != nil {
		parent.calc, parent.ctx = c, ctx
		c.postEstimate()
		return
	}
	parent = &parentPage{calc: c, ctx: ctx}
	win := app.Window()
	if !win.Get("parent").Equal(win) {
		parent.origin = allowedParent(parseOrigins(metaContent(embedOriginsMeta)), ancestorOrigin(), win.Get("document").Get("referrer").String())
	}
	if parent.origin != "" {
		parent.onMessage = app.FuncOf(parent.receive)
		win.Call("addEventListener", "message", parent.onMessage)
		parent.onResize = app.FuncOf(func(app.Value, []app.Value) any {
			parent.postHeight()
			return nil
		})
		if observer := win.Get("ResizeObserver"); observer.Truthy() {
			observer.New(parent.onResize).Call("observe", win.Get("document").Get("documentElement"))
		}
		parent.postHeight()
	}
	if embedded.Lang != "" && embedded.Lang != c.lang {
		c.lang = embedded.Lang
		c.save(ctx) // the address bar and storage then carry this language
	}
	c.postEstimate()
}

// postEstimate tells the parent the estimate, when it differs from the last told.
func (c *calculator) postEstimate() {
	p := parent
	if p == nil || p.origin == "" {
		return
	}
	news := newEstimateNews(&c.edit.quote, c.lang, c.pageLink())
	if p.told && news == p.news {
		return
	}
	p.news, p.told = news, true
	p.post(news.message())
}

func (p *parentPage) postHeight() {
	rect := app.Window().Get("document").Get("documentElement").Call("getBoundingClientRect")
	h := int(math.Ceil(rect.Get("height").Float()))
	if h == p.height {
		return
	}
	p.height = h
	p.post(map[string]any{"type": heightMessage, "height": h})
}

// post sends to the parent's origin only: if the parent has since
// navigated elsewhere, the browser drops the message.
func (p *parentPage) post(m map[string]any) {
	app.Window().Get("parent").Call("postMessage", m, p.origin)
}

// receive handles a message event: an allowed parent's request to open an
// estimate. Anything else, from anyone else, is ignored.
func (p *parentPage) receive(this app.Value, args []app.Value) any {
	if len(args) == 0 {
		return nil
	}
	ev := args[0]
	if ev.Get("origin").String() != p.origin || !ev.Get("source").Equal(app.Window().Get("parent")) {
		return nil
	}
	r, ok := readOpen(messageFields(ev.Get("data")))
	if !ok {
		return nil
	}
	p.ctx.Dispatch(func(ctx app.Context) { p.calc.openFromParent(ctx, r) })
	return nil
}

// messageFields reads a message's type, link and estimate (as JSON), each
// "" when absent or of another kind. Strings are cut one byte past
// maxOpenBytes, so an oversized one is refused without being copied whole.
func messageFields(data app.Value) (typ, link, estimate string) {
	defer func() {
		if recover() != nil { // JSON.stringify threw: a cycle, a BigInt
			typ, link, estimate = "", "", ""
		}
	}()
	if data.Type() != app.TypeObject {
		return "", "", ""
	}
	if v := data.Get("type"); v.Type() == app.TypeString {
		typ = v.String()
	}
	if typ != openMessage {
		return "", "", ""
	}
	link = boundedString(data.Get("link"))
	switch v := data.Get("estimate"); v.Type() {
	case app.TypeString:
		estimate = boundedString(v)
	case app.TypeObject:
		estimate = boundedString(app.Window().Get("JSON").Call("stringify", v))
	}
	return typ, link, estimate
}

func boundedString(v app.Value) string {
	if v.Type() != app.TypeString {
		return ""
	}
	// syscall/js calls no method on a string primitive: String.prototype.slice.call(v, …).
	return app.Window().Get("String").Get("prototype").Get("slice").Call("call", v, 0, maxOpenBytes+1).String()
}

// ancestorOrigin is the parent's origin as Chromium and Safari tell it, or "".
func ancestorOrigin() string {
	ao := app.Window().Get("location").Get("ancestorOrigins")
	if !ao.Truthy() || ao.Length() == 0 {
		return ""
	}
	return ao.Index(0).String()
}

// metaContent is the content of the page's meta tag of that name, or "".
func metaContent(name string) string {
	m := app.Window().Get("document").Call("querySelector", `meta[name="`+name+`"]`)
	if !m.Truthy() {
		return ""
	}
	return m.Call("getAttribute", "content").String()
}
