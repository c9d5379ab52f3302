//go:build wasm

package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// go-app reads the address with url.Parse as it starts and on every
// popstate, and stops the whole program on an address url.Parse refuses
// ("/#%"). The address is repaired before it does: in init, which runs
// before main, and in a popstate listener registered before go-app's.
func init() {
	repairAddress()
	app.Window().Call("addEventListener", "popstate", app.FuncOf(func(this app.Value, args []app.Value) any {
		repairAddress()
		return nil
	}))
}

// repairAddress rewrites the address in place, without a new history
// entry, when it holds what url.Parse refuses; the rest is kept as it was.
func repairAddress() {
	loc := app.Window().Get("location")
	l := Location{
		Path:     loc.Get("pathname").String(),
		Query:    loc.Get("search").String(),
		Fragment: loc.Get("hash").String(),
	}
	if r, changed := l.Repaired(); changed {
		app.Window().Get("history").Call("replaceState", app.Window().Get("history").Get("state"), "", r.String())
	}
}
