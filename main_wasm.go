//go:build wasm

package main

import "runtime/debug"

// In the browser the heap stays a few megabytes, and a collection pauses the
// page's only thread: collecting at 5× the live heap instead of 2× keeps most
// keystrokes free of a pause (docs/performance-log.md, "Where the start-up
// time goes, and what was tried", has the A/B runs).
func init() { debug.SetGCPercent(400) }

// runCommand does nothing in the browser: RunWhenOnBrowser never returns
// there, and the server code stays out of app.wasm.
func runCommand() {}
