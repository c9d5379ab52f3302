package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// updateBanner says a new version is installed and offers to reload into it.
type updateBanner struct {
	app.Compo

	Lang pricing.Lang
}

func (u *updateBanner) Render() app.UI {
	return app.Elem("div").Class("update-banner").Role("status").Body(
		app.Elem("span").Text(t(u.Lang, msgUpdateReady)),
		app.Elem("button").Attr("type", "button").Class("btn").Text(t(u.Lang, msgUpdateReload)).
			OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
	)
}
