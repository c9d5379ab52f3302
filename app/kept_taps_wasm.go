//go:build wasm

package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// replayKeptTaps does, once, the taps app.js kept while app.wasm was on its
// way (internal/site/loader.go): the buttons, named by id, are clicked in
// the running app in the order they were tapped, each once the page has
// drawn the one before (a tab's tap shows the cards a later tap may name).
// OnNav calls it as the page opens.
func (c *calculator) replayKeptTaps(ctx app.Context) {
	take := app.Window().Get("qidianTakeKeptTaps")
	if take.Type() != app.TypeFunction {
		return
	}
	list := take.Invoke()
	var ids []string
	for i := 0; i < list.Length(); i++ {
		if v := list.Index(i); v.Type() == app.TypeString {
			ids = append(ids, v.String())
		}
	}
	ctx.Defer(func(ctx app.Context) { clickInTurn(ctx, ids) })
}

// clickInTurn clicks the first button named, then, once go-app has run its
// handler and drawn the page, the rest.
func clickInTurn(ctx app.Context, ids []string) {
	if len(ids) == 0 {
		return
	}
	b := app.Window().GetElementByID(ids[0])
	if b.Truthy() && b.Get("tagName").String() == "BUTTON" {
		b.Call("click")
	}
	// The click's handler is dispatched; this comes after it, and Defer
	// after the frame that draws what it changed.
	ctx.Dispatch(func(ctx app.Context) {
		ctx.Defer(func(ctx app.Context) { clickInTurn(ctx, ids[1:]) })
	})
}
