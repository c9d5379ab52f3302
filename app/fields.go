package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// numberField is a labelled text input for a count. It is type="text" with a
// numeric keyboard, not type="number", so that whatever is typed ("3x",
// "2.5") stays on screen next to the message that explains it.
// onCommit, when not nil, runs as the visitor leaves a changed field.
func numberField(id, label, value, problem string, onInput, onCommit app.EventHandler) app.UI {
	in := app.ElemSelfClosing("input").Attr("type", "text").ID(id).Attr("name", id).Attr("value", value).
		Attr("inputmode", "numeric").Attr("autocomplete", "off").Spellcheck(false).
		OnInput(onInput)
	return field(id, label, value, problem, in, onCommit)
}

// dateField is a labelled date input.
func dateField(id, label, value, problem string, onInput, onCommit app.EventHandler) app.UI {
	in := app.ElemSelfClosing("input").Attr("type", "date").ID(id).Attr("name", id).Attr("value", value).OnInput(onInput)
	return field(id, label, value, problem, in, onCommit)
}

// field wraps an input with its label and, when there is one, its problem,
// tied together for screen readers.
// An empty value is marked data-empty, for calculator.showHeldValues.
func field(id, label, value, problem string, in app.HTMLElemSelfClosing, onCommit app.EventHandler) app.UI {
	if value == "" {
		in = in.Attr("data-empty", "1")
	}
	if onCommit != nil {
		in = in.OnChange(onCommit)
	}
	class := "field"
	if problem != "" {
		class += " invalid"
		in = in.Attr("aria-invalid", "true").Attr("aria-describedby", id+"-error")
	}
	return app.Elem("div").Class(class).Body(
		app.Elem("label").Attr("for", id).Text(label),
		in,
		app.If(problem != "", func() app.UI {
			return app.Elem("p").ID(id + "-error").Class("field-error").Text(problem)
		}),
	)
}

// problems maps each field to its first problem's message in lang.
func problems(errs []*pricing.InputError, lang pricing.Lang) map[pricing.Field]string {
	out := map[pricing.Field]string{}
	for _, e := range errs {
		if _, ok := out[e.Field]; !ok {
			out[e.Field] = e.Message(lang)
		}
	}
	return out
}

// value reads the value of the element an event came from.
func value(ctx app.Context) string { return ctx.JSSrc().Get("value").String() }

// checked and selected set a boolean attribute only when it is true: go-app
// prerenders false as checked="false", which HTML reads as checked.
func checked(in app.HTMLElemSelfClosing, on bool) app.HTMLElemSelfClosing {
	if on {
		return in.Attr("checked", true)
	}
	return in
}

func selected(o app.HTMLElem, on bool) app.HTMLElem {
	if on {
		return o.Attr("selected", true)
	}
	return o
}

// untilStarted makes el inert in the prerendered page. Until app.wasm runs
// nothing listens to its controls, and go-app replaces the page as it
// starts, which would drop whatever the visitor had typed; the loader's
// status (see web/app.css) says why they wait. The running app renders no
// attribute at all, since go-app would write a false one as inert="false".
func untilStarted[E interface{ Attr(string, any) E }](el E) E {
	if app.IsServer {
		return el.Attr("inert", true)
	}
	return el
}

// keptTap marks a button of the prerendered page whose tap, before app.wasm
// runs, app.js keeps for the app to do once it has started (kept_taps.go,
// internal/site/loader.go): a tap there is not lost. Its section is not
// inert then, and its id names the same button in the running app.
func keptTap[E interface{ Attr(string, any) E }](b E) E {
	if app.IsServer {
		return b.Attr("data-kept-tap", true)
	}
	return b
}

// money is an amount as the page shows it: "4,795.20 元" in Chinese,
// "¥4,795.20" in English; pricing alone formats money.
func money(m pricing.Money, lang pricing.Lang) string { return pricing.AmountText(m, lang) }
