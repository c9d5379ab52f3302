//go:build wasm

package main

import "runtime/debug"

// The same collector setting as the calculator's (main_wasm.go at the
// root), so the two start alike.
func init() { debug.SetGCPercent(400) }

// serve does nothing in the browser, where RunWhenOnBrowser never returns.
func serve() {}
