package app

import (
	"errors"

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

// openFile opens estimate JSON chosen in a file input (a download of
// this page, or a file a script wrote) as an estimate of its own.
func (c *calculator) openFile(ctx app.Context) {
	readChosenFile(ctx, pricing.MaxEstimateBytes, func(ctx app.Context, data []byte, err error) {
		in := incoming{from: fromFile, problem: err, nothing: true}
		if err == nil {
			in = fileIncoming(data)
		}
		c.openAsNew(ctx, in, true)
	})
}

// readChosenFile reads the file chosen in the input the event came from,
// refusing one over limit bytes before reading it: a large file would
// first be copied whole into Go. done runs in the page's update loop.
func readChosenFile(ctx app.Context, limit int, done func(ctx app.Context, data []byte, err error)) {
	files := ctx.JSSrc().Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	file := files.Index(0)
	ctx.JSSrc().Set("value", "") // choosing the same file again reads it again
	if file.Get("size").Int() > limit {
		done(ctx, nil, &pricing.InputError{Line: -1, Field: pricing.FieldEstimate, Reason: pricing.InputTooLarge, Limit: int64(limit)})
		return
	}
	var read, failed app.Func
	release := func() { read.Release(); failed.Release() }
	read = app.FuncOf(func(this app.Value, args []app.Value) any {
		text := args[0].String()
		ctx.Dispatch(func(ctx app.Context) { done(ctx, []byte(text), nil) })
		release()
		return nil
	})
	failed = app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { done(ctx, nil, errFileUnreadable) })
		release()
		return nil
	})
	file.Call("text").Call("then", read, failed)
}

// errFileUnreadable is a chosen file the browser could not read.
var errFileUnreadable = errors.New("the browser could not read the file")

// tooLarge refuses a file or link over the size pricing reads.
var tooLarge = &pricing.InputError{Line: -1, Field: pricing.FieldEstimate, Reason: pricing.InputTooLarge, Limit: pricing.MaxEstimateBytes}
