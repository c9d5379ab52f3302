package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// Actions that hand the estimate to the browser: downloads, the clipboard,
// printing and opening a downloaded file. They run in event handlers only,
// so only in the browser.

// export is the current quote as pricing's Export, the one format of the
// JSON download, the CSV and the quote command.
func (c *calculator) export() pricing.Export {
	return pricing.NewExport(c.edit.est, &c.edit.quote, c.lang, c.today)
}

func (c *calculator) fileName(ext string) string {
	return "qidian-quote-" + pricing.FormatDate(c.today) + "." + ext
}

func (c *calculator) downloadJSON(ctx app.Context) {
	download(c.fileName("json"), "application/json", c.export().JSON())
	c.feedback.status = t(c.lang, msgExportDone)
}

func (c *calculator) downloadCSV(ctx app.Context) {
	download(c.fileName("csv"), "text/csv;charset=utf-8", c.export().CSV())
	c.feedback.status = t(c.lang, msgExportDone)
}

// download saves data as a file through a temporary object URL.
func download(name, mime string, data []byte) {
	win := app.Window()
	arr := win.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(arr, data)
	blob := win.Get("Blob").New([]any{arr}, map[string]any{"type": mime})
	url := win.Get("URL").Call("createObjectURL", blob)
	doc := win.Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	win.Get("URL").Call("revokeObjectURL", url)
}

// copyLink puts the share link on the clipboard; where the browser refuses,
// the link is shown selected so the visitor can copy it by hand.
func (c *calculator) copyLink(ctx app.Context) {
	// The address bar may not have followed the last edit yet, and holds
	// no estimate before the first one.
	c.writeAddressBar(ctx)
	link := c.pageLink() // the address bar's, without embed mode
	c.feedback.shareLink = ""
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		c.feedback.shareLink, c.feedback.status = link, t(c.lang, msgLinkManual)
		return
	}
	var done, failed app.Func
	release := func() { done.Release(); failed.Release() }
	done = app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { c.feedback.status = t(c.lang, msgLinkCopied) })
		release()
		return nil
	})
	failed = app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { c.feedback.shareLink, c.feedback.status = link, t(c.lang, msgLinkManual) })
		release()
		return nil
	})
	clip.Call("writeText", link).Call("then", done, failed)
}

func (c *calculator) print(ctx app.Context) {
	app.Window().Call("print")
}

// openFile reads an estimate JSON chosen in a file input (a download of
// this page, or a file a script wrote).
func (c *calculator) openFile(ctx app.Context) {
	files := ctx.JSSrc().Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	file := files.Index(0)
	ctx.JSSrc().Set("value", "") // choosing the same file again reloads it
	if file.Get("size").Int() > pricing.MaxEstimateBytes {
		// Refused before it is read: a large file would first be copied whole into Go.
		c.refuse(incoming{from: fromFile, problem: tooLarge, nothing: true})
		return
	}
	var done, failed app.Func
	release := func() { done.Release(); failed.Release() }
	done = app.FuncOf(func(this app.Value, args []app.Value) any {
		text := args[0].String()
		ctx.Dispatch(func(ctx app.Context) { c.openIncoming(ctx, fileIncoming([]byte(text))) })
		release()
		return nil
	})
	failed = app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { c.feedback.status = t(c.lang, msgOpenFailed) })
		release()
		return nil
	})
	file.Call("text").Call("then", done, failed)
}

// tooLarge refuses a file or link over the size pricing reads.
var tooLarge = &pricing.InputError{Line: -1, Field: pricing.FieldEstimate, Reason: pricing.InputTooLarge, Limit: pricing.MaxEstimateBytes}
