// Package floorpage is the least a go-app page can be and still pass the
// bench's page-load probe: one quantity field and a total that changes when
// 6 is typed. The program in bench/floor routes "/" here and serves it with
// the calculator's own server (internal/site): the same loader, service
// worker and compression. Its start-up time is the floor under ours: what
// go-app v10, the Go runtime and the browser cost before any calculator
// code runs.
//
// It computes nothing: the two totals are the probe's fixed strings
// (bench/probe.js), for the 5 users × 2 years the prerendered page shows and
// the 6 users the probe types.
package floorpage

import "github.com/maxence-charriere/go-app/v10/pkg/app"

const (
	// Prerendered is the total before the app runs; Answered the total once
	// it has taken a quantity of 6.
	Prerendered = "9,990.00 元"
	Answered    = "11,988.00 元"
)

// Page holds what the visitor typed.
type Page struct {
	app.Compo
	quantity string
}

func (p *Page) Render() app.UI {
	total := Prerendered
	if p.quantity == "6" {
		total = Answered
	}
	return app.Main().Body(
		app.Label().For("line1-quantity").Text("数量"),
		app.Input().ID("line1-quantity").Type("text").Value("5").
			OnInput(func(ctx app.Context, e app.Event) { p.quantity = ctx.JSSrc().Get("value").String() }),
		app.P().Body(app.Output().ID("total").Text(total)),
	)
}
