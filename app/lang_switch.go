package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// langSwitch switches between 简体中文 and English. It is a pair of native
// radios, so the chosen language is announced from the prerendered page on:
// go-app writes ARIA states such as aria-pressed="true" as bare attributes
// when prerendering, which screen readers read as no state at all.
type langSwitch struct {
	app.Compo

	Lang    pricing.Lang
	Chooser langChoosing
}

// langChoosing is what the switch may change: the page's language.
type langChoosing interface {
	setLang(ctx app.Context, lang pricing.Lang)
}

func (ls *langSwitch) Render() app.UI {
	choice := func(l pricing.Lang, label string) []app.UI {
		id := "lang-" + string(l)
		return []app.UI{
			checked(app.ElemSelfClosing("input").Attr("type", "radio").Class("lang-radio visually-hidden").ID(id).
				Attr("name", "lang").Attr("value", string(l)), ls.Lang == l).
				OnChange(func(ctx app.Context, e app.Event) { ls.Chooser.setLang(ctx, l) }),
			app.Elem("label").Attr("for", id).Class("lang-choice").Lang(string(l)).Text(label),
		}
	}
	return untilStarted(app.Elem("fieldset").Class("lang-switch no-print")).Body(
		append(append([]app.UI{app.Elem("legend").Class("visually-hidden").Text(t(ls.Lang, msgLangLabel))},
			choice(pricing.ZH, "简体中文")...), choice(pricing.EN, "English")...)...,
	)
}
