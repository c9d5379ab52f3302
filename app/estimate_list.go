package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// estimateRow is one of the visitor's estimates as the list shows it.
type estimateRow struct {
	Ref     string
	Name    string // the visitor's name for it, else the customer, else "估算 N"
	Edited  string // "2026-12-07 14:36", "" while not yet saved
	Total   string // "9,990.00 元", or "—"
	Lines   int
	Current bool // the estimate open on the page
}

// estimateShelving is what the list may change: which estimate is open,
// and each estimate's name, copies and existence; and the backup file.
type estimateShelving interface {
	switchEstimate(ctx app.Context, ref string)
	renameEstimate(ctx app.Context, ref, name string) (problem string)
	duplicateEstimate(ctx app.Context, ref string)
	deleteEstimate(ctx app.Context, ref string)
	exportEstimates(ctx app.Context)
	importEstimates(ctx app.Context)
	toggleEstimates()
}

// estimateList is 我的估算: every estimate kept on this device, to switch
// to, rename, duplicate or delete, and the backup of them all. Its button
// (estimatesToggle) is beside the estimate's heading, one tap away on any
// screen; the list opens under it, in the flow of the page, so the notice
// of what was just done (and its 撤销) stays in view below it.
type estimateList struct {
	app.Compo

	Rows  []estimateRow
	Lang  pricing.Lang
	Shelf estimateShelving

	renaming string // the reference of the row being renamed
	draft    string // the name being typed
	problem  string // why the draft cannot be the name
}

// estimatesToggle opens and closes the list; it says how many estimates
// there are.
func estimatesToggle(lang pricing.Lang, count int, open, opening bool, shelf estimateShelving) app.UI {
	n := strconv.Itoa(count)
	if opening {
		n = "…"
	}
	return untilStarted(app.Elem("button").Attr("type", "button").Class("btn btn-quiet no-print").ID("estimates-toggle")).
		Attr("aria-expanded", strconv.FormatBool(open)).Attr("aria-controls", "estimates").
		Text(tf(lang, msgEstimatesShow, n)).
		OnClick(func(ctx app.Context, e app.Event) { shelf.toggleEstimates() })
}

func (l *estimateList) Render() app.UI {
	lang := l.Lang
	rows := make([]app.UI, len(l.Rows))
	for i, r := range l.Rows {
		rows[i] = l.row(i, r)
	}
	return app.Elem("section").Class("estimates-panel no-print").ID("estimates").Attr("aria-labelledby", "estimates-heading").Body(
		app.Elem("h3").ID("estimates-heading").Text(t(lang, msgEstimates)),
		app.Elem("p").Class("hint").Text(t(lang, msgEstimatesHint)),
		app.If(len(rows) == 0, func() app.UI { return app.Elem("p").Class("note").Text(t(lang, msgEstimatesNone)) }),
		app.Elem("ul").Class("estimate-rows").Attr("aria-labelledby", "estimates-heading").Body(rows...),
		app.Elem("div").Class("estimates-backup").Body(
			app.Elem("button").Attr("type", "button").Class("btn btn-quiet").ID("estimates-export").Text(t(lang, msgEstimatesExport)).
				OnClick(func(ctx app.Context, e app.Event) { l.Shelf.exportEstimates(ctx) }),
			app.Elem("label").Attr("for", "estimates-import").Class("btn btn-quiet file-btn").Body(
				app.Text(t(lang, msgEstimatesImport)),
				app.ElemSelfClosing("input").Attr("type", "file").ID("estimates-import").Class("visually-hidden").
					Attr("accept", ".json,application/json").
					OnChange(func(ctx app.Context, e app.Event) { l.Shelf.importEstimates(ctx) }),
			),
		),
	)
}

// row is one estimate: its name (a button that opens it), when it was last
// edited, its total and size, and its actions.
func (l *estimateList) row(i int, r estimateRow) app.UI {
	lang, ref := l.Lang, r.Ref
	id := "estimate-" + strconv.Itoa(i+1)
	name := app.Elem("button").Attr("type", "button").Class("estimate-name").ID(id+"-open").
		Attr("aria-label", t(lang, msgEstimateSwitch)+t(lang, msgColon)+r.Name).Text(r.Name).
		OnClick(func(ctx app.Context, e app.Event) { l.Shelf.switchEstimate(ctx, ref) }, app.EventScope(ref))
	if r.Current {
		name = name.Attr("aria-current", "true").Attr("aria-label", r.Name+t(lang, msgEstimateCurrent))
	}
	edited := t(lang, msgEstimateUnsaved)
	if r.Edited != "" {
		edited = tf(lang, msgEstimateEdited, r.Edited)
	}
	class := "estimate-row"
	if r.Current {
		class += " current"
	}
	var main app.UI = app.Elem("div").Class("estimate-main").Body(
		name,
		app.Elem("span").Class("estimate-facts").Text(edited+" · "+tf(lang, msgEstimateLineCount, strconv.Itoa(r.Lines))),
		app.Elem("span").Class("estimate-total").ID(id+"-total").Text(r.Total),
	)
	if l.renaming == ref {
		main = l.renameForm(id, ref)
	}
	button := func(suffix string, key msg, do func(ctx app.Context)) app.UI {
		return app.Elem("button").Attr("type", "button").Class("btn btn-quiet btn-small").ID(id+"-"+suffix).
			Attr("aria-label", t(lang, key)+t(lang, msgColon)+r.Name).Text(t(lang, key)).
			OnClick(func(ctx app.Context, e app.Event) { do(ctx) }, app.EventScope(ref, r.Name)) // go-app keeps a handler until its scope changes
	}
	return app.Elem("li").Class(class).Attr("data-ref", ref).Body(
		main,
		app.Elem("div").Class("estimate-actions").Body(
			button("rename", msgEstimateRename, func(ctx app.Context) {
				l.renaming, l.draft, l.problem = ref, r.Name, ""
				focusAfterDraw(ctx, id+"-name")
			}),
			button("duplicate", msgEstimateDuplicate, func(ctx app.Context) { l.Shelf.duplicateEstimate(ctx, ref) }),
			button("delete", msgEstimateDelete, func(ctx app.Context) { l.Shelf.deleteEstimate(ctx, ref) }),
		),
	)
}

// renameForm edits a row's name in place; Enter or 完成 keeps it, Escape
// leaves it as it was.
func (l *estimateList) renameForm(id, ref string) app.UI {
	lang, field := l.Lang, id+"-name"
	in := app.ElemSelfClosing("input").Attr("type", "text").ID(field).Attr("value", l.draft).
		Attr("maxlength", pricing.MaxNameChars).Attr("autocomplete", "off").
		OnInput(func(ctx app.Context, e app.Event) { l.draft, l.problem = value(ctx), "" }).
		OnKeyDown(func(ctx app.Context, e app.Event) {
			switch e.Get("key").String() {
			case "Enter":
				e.PreventDefault()
				l.finishRename(ctx, id, ref)
			case "Escape":
				l.renaming = ""
				focusAfterDraw(ctx, id+"-rename")
			}
		}, app.EventScope(ref))
	class := "field estimate-rename"
	if l.problem != "" {
		class += " invalid"
		in = in.Attr("aria-invalid", "true").Attr("aria-describedby", field+"-error")
	}
	return app.Elem("div").Class(class).Body(
		app.Elem("label").Attr("for", field).Text(t(lang, msgEstimateRenameLabel)),
		in,
		app.Elem("button").Attr("type", "button").Class("btn btn-small").ID(id+"-rename-done").Text(t(lang, msgEstimateRenameDone)).
			OnClick(func(ctx app.Context, e app.Event) { l.finishRename(ctx, id, ref) }, app.EventScope(ref)),
		app.If(l.problem != "", func() app.UI { return app.Elem("p").ID(field + "-error").Class("field-error").Text(l.problem) }),
	)
}

func (l *estimateList) finishRename(ctx app.Context, id, ref string) {
	if l.problem = l.Shelf.renameEstimate(ctx, ref, l.draft); l.problem == "" {
		l.renaming = ""
		focusAfterDraw(ctx, id+"-rename")
	}
}

// focusAfterDraw moves focus to the element with id once the update is drawn.
func focusAfterDraw(ctx app.Context, id string) {
	if ctx.Src() == nil {
		return
	}
	ctx.Defer(func(app.Context) {
		if e := app.Window().GetElementByID(id); e.Truthy() {
			e.Call("focus")
		}
	})
}
