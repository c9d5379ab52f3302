package app

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// feedback is what the page tells the visitor of the last action, and the
// parts of the page the visitor opened.
type feedback struct {
	status       string // the outcome of the last action
	shareLink    string // shown for copying by hand where the clipboard is refused
	announcement string // the total as last announced to screen readers
	summaryOpen  bool   // the itemised list of the bottom bar is open (narrow screens)
	notice       notice // what just happened to the visitor's estimates (notice.go)
}

// problem is an error's message for the visitor.
func problem(err error, lang pricing.Lang) string {
	var p pricing.Problem
	switch {
	case errors.Is(err, errFileUnreadable):
		return t(lang, msgOpenFailed)
	case errors.As(err, &p):
		return p.Message(lang)
	}
	return err.Error()
}

// showHeldValues empties, after the next draw, every field that holds
// nothing but still shows text: go-app writes an empty value by leaving it
// out, which leaves whatever the field showed before (the prerendered 5, or
// a replaced estimate's number). Only after changes the visitor did not type.
func (c *calculator) showHeldValues(ctx app.Context) {
	c.afterDraw(ctx, func() {
		for _, in := range jsArray(app.Window().Get("document").Call("querySelectorAll", "input[data-empty]")) {
			if in.Get("value").String() != "" {
				in.Set("value", "")
			}
		}
	})
}

func jsArray(list app.Value) []app.Value {
	out := make([]app.Value, list.Length())
	for i := range out {
		out[i] = list.Index(i)
	}
	return out
}

// afterDraw runs do once the current update is drawn.
func (c *calculator) afterDraw(ctx app.Context, do func()) {
	if c.mounted.Src() != nil {
		ctx = c.mounted
	}
	if ctx.Src() == nil {
		return // no page to draw on (the native tests' empty context)
	}
	ctx.Defer(func(app.Context) { do() })
}

// focus moves keyboard focus to the element with id after the next draw.
func (c *calculator) focus(ctx app.Context, id string) {
	c.afterDraw(ctx, func() {
		if e := app.Window().GetElementByID(id); e.Truthy() {
			e.Call("focus")
		}
	})
}

// reveal scrolls the element with id into view after the next draw, if it
// is not in view already; focus stays where it is.
func (c *calculator) reveal(ctx app.Context, id string) {
	c.afterDraw(ctx, func() {
		if e := app.Window().GetElementByID(id); e.Truthy() {
			e.Call("scrollIntoView", map[string]any{"block": "nearest"})
		}
	})
}

// toggleSummary opens or closes the bottom bar's itemised list.
func (c *calculator) toggleSummary() { c.feedback.summaryOpen = !c.feedback.summaryOpen }
