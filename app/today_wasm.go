//go:build wasm

package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// today is the visitor's calendar day. Go's clock in the browser runs in UTC,
// which is yesterday in Beijing until 08:00, so ask the browser for its date.
func today() time.Time {
	d := app.Window().Get("Date").New()
	return time.Date(d.Call("getFullYear").Int(), time.Month(d.Call("getMonth").Int()+1), d.Call("getDate").Int(), 0, 0, 0, 0, time.UTC)
}

// localTime is t on the visitor's clock, as the browser's time zone has it
// on that day.
func localTime(t time.Time) time.Time {
	offset := app.Window().Get("Date").New(float64(t.UnixMilli())).Call("getTimezoneOffset").Int()
	return t.UTC().Add(-time.Duration(offset) * time.Minute)
}

// revisited tells a page reloaded, or reached by Back or Forward, from one
// opened anew (a link followed, an address typed).
func revisited() bool {
	entries := app.Window().Get("performance").Call("getEntriesByType", "navigation")
	if entries.Length() == 0 {
		return true // no timing: as before it, a link the tab wrote is its own
	}
	kind := entries.Index(0).Get("type").String()
	return kind == "reload" || kind == "back_forward"
}
