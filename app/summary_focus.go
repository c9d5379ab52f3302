package app

import (
	"math"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// On a phone the summary is a bar fixed over the foot of the window, so it
// can hide the control that has focus (WCAG 2.2, 2.4.11). The page keeps
// its height in --bar-height, from which web/app.css sets the scroll
// padding: the browser then stops scrolling a focused control above the
// bar, open or closed. A field taking focus closes the open bar, which
// would cover most of the screen, and Escape closes it.

// OnMount starts following the bar's height and the page's focus.
func (s *summary) OnMount(ctx app.Context) {
	if !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	bar := s.JSValue()
	style := doc.Get("documentElement").Get("style")
	s.onResize = app.FuncOf(func(app.Value, []app.Value) any {
		h := int(math.Ceil(bar.Call("getBoundingClientRect").Get("height").Float()))
		style.Call("setProperty", "--bar-height", strconv.Itoa(h)+"px")
		return nil
	})
	if observer := app.Window().Get("ResizeObserver"); observer.Truthy() {
		s.observer = observer.New(s.onResize)
		s.observer.Call("observe", bar)
	}
	s.onFocusIn = app.FuncOf(func(_ app.Value, args []app.Value) any {
		if target := args[0].Get("target"); isField(target) && !target.Call("closest", ".summary").Truthy() {
			ctx.Dispatch(func(app.Context) { s.Actions.closeSummary() })
		}
		return nil
	})
	doc.Call("addEventListener", "focusin", s.onFocusIn)
}

// OnDismount stops following them.
func (s *summary) OnDismount() {
	if s.observer != nil {
		s.observer.Call("disconnect")
		s.observer = nil
	}
	if s.onFocusIn != nil {
		app.Window().Get("document").Call("removeEventListener", "focusin", s.onFocusIn)
		s.onFocusIn.Release()
		s.onFocusIn = nil
	}
	if s.onResize != nil {
		s.onResize.Release()
		s.onResize = nil
	}
}

// isField tells whether el is a control the visitor types or chooses in.
func isField(el app.Value) bool {
	if !el.Truthy() {
		return false
	}
	switch el.Get("tagName").String() {
	case "INPUT", "SELECT", "TEXTAREA":
		return true
	}
	return false
}

// escapeSummary closes the open bar on Escape and gives focus back to the
// button that opened it. Wide, the summary is a column with nothing to close.
func (s *summary) escapeSummary(ctx app.Context, e app.Event) {
	if e.Get("key").String() != "Escape" || !s.Open {
		return
	}
	toggle := app.Window().GetElementByID("summary-toggle")
	if !toggle.Truthy() || toggle.Call("getClientRects").Length() == 0 {
		return
	}
	s.Actions.closeSummary()
	toggle.Call("focus")
}

// escapeMenu closes the open 更多操作 on Escape, and gives focus back to its
// button; the key goes no further, so the bar it sits in stays open.
func escapeMenu(ctx app.Context, e app.Event) {
	menu := ctx.JSSrc()
	if e.Get("key").String() != "Escape" || !menu.Get("open").Bool() {
		return
	}
	e.PreventDefault()
	e.Call("stopPropagation")
	menu.Set("open", false)
	menu.Call("querySelector", "summary").Call("focus")
}

// closeSummary closes the bottom bar's itemised list.
func (c *calculator) closeSummary() { c.feedback.summaryOpen = false }
