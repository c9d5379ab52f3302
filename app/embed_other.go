//go:build !wasm

package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Embed mode lives in the browser; the prerendered page is the full one.

func (c *calculator) startEmbed(ctx app.Context) {}

func (c *calculator) postEstimate() {}
