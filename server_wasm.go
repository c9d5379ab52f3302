//go:build wasm

package main

// runServer does nothing in the browser: RunWhenOnBrowser never returns
// there, and the server code stays out of app.wasm.
func runServer() {}
