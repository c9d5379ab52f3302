// Package webstorage reaches the browser's Web Storage (localStorage,
// sessionStorage) so that no failure of it can stop the program.
//
// With site data blocked, even reading window.localStorage throws
// (SecurityError). In Go's wasm_exec.js an exception in a property get
// (js.Value.Get) ends the Go program, while one in a call (js.Value.Call)
// is a Go panic of js.Error that can be recovered. So every step is a call
// under recover: Reflect.get(window, "localStorage") for the property,
// then getItem, setItem, removeItem and key. Outside the browser Open
// always fails with ErrUnavailable.
package webstorage

import "errors"

// The failures of a storage call. Each error returned wraps one of them
// and the browser's message.
var (
	// ErrFull: a write exceeded the site's quota; the item keeps its old
	// value.
	ErrFull = errors.New("the browser's storage for this site is full")
	// ErrUnavailable: the browser keeps no data for this site (blocked,
	// or a storage that throws), or there is no browser.
	ErrUnavailable = errors.New("the browser keeps no data for this site")
)

// memoryMark marks a storage area that only stands in for one the browser
// blocks (internal/site's app.js): it keeps nothing once the page closes.
const memoryMark = "qidianMemory"
