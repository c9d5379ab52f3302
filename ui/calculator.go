package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// calculator is the whole page. It is being built; see issue 3.
type calculator struct {
	app.Compo
}

// NewCalculator returns the page component.
func NewCalculator() app.Composer { return &calculator{} }

func (c *calculator) Render() app.UI {
	return app.Main().Class("calc").Body(app.H1().Text("腾讯企点客服 价格计算器"))
}
