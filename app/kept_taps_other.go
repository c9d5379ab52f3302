//go:build !wasm

package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Taps are kept in the browser only (kept_taps_wasm.go).
func (c *calculator) replayKeptTaps(ctx app.Context) {}
