package main

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// route serves the page at /, in the browser and on the server, which
// prerenders it.
func route() { app.Route("/", func() app.Composer { return &seats{users: 5} }) }

// pricePerUser is one user for two years, in yuan: the calculator's first
// line as the bench's probe sees it (5 users show 9,990.00 元, 6 show
// 11,988.00 元), so the same probe and the same typing time both pages.
const pricePerUser = 1998

// seats is a go-app page as small as a useful one gets: one number field
// and a total that follows it.
type seats struct {
	app.Compo
	users int
}

func (s *seats) Render() app.UI {
	return app.Main().Body(
		app.Label().For("line1-quantity").Text("用户数"),
		app.Input().ID("line1-quantity").Type("number").Min(1).Value(s.users).OnInput(s.typed),
		app.P().Body(app.Output().ID("total").Text(yuan(s.users*pricePerUser))),
	)
}

func (s *seats) typed(ctx app.Context, e app.Event) {
	if n, err := strconv.Atoi(ctx.JSSrc().Get("value").String()); err == nil && n > 0 {
		s.users = n
	}
}

// yuan writes a whole amount as the calculator does: 11988 → "11,988.00 元".
func yuan(n int) string {
	digits := strconv.Itoa(n)
	var b []byte
	for i := range len(digits) {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, digits[i])
	}
	return string(b) + ".00 元"
}
