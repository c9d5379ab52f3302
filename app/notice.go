package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// The page's notice says what just happened to the visitor's estimates
// (opened from a link, a line removed, the store full) in the total's box,
// which stays in view on every screen (summary.go), and offers 撤销 / Undo
// where the action can be undone: the page never asks "are you sure?",
// and nothing is lost for want of asking.

// undoFor is how long an action can be undone: long enough to notice,
// read and reach the button by keyboard.
const undoFor = 12 * time.Second

// notice is the one shown, if any.
type notice struct {
	words   words                 // nil when none is shown
	warning bool                  // a problem the visitor should act on; it stays until dismissed
	undo    func(ctx app.Context) // nil when the action cannot be undone
	seq     int                   // which notice this is, so an old one's timer leaves a newer one alone
}

// words is a notice's text, worded in whichever language the page is
// shown in when it is drawn: a switch of language rewords it.
type words func(lang pricing.Lang) string

// wordsOf is key's text with args filled in order: a string as it is, an
// estimate's summary as its title in the page's language.
func wordsOf(key msg, args ...any) words {
	return func(lang pricing.Lang) string {
		filled := make([]string, len(args))
		for i, a := range args {
			switch a := a.(type) {
			case string:
				filled[i] = a
			case estimateSummary:
				filled[i] = a.title(lang)
			}
		}
		return tf(lang, key, filled...)
	}
}

// problemWords is err's message.
func problemWords(err error) words {
	return func(lang pricing.Lang) string { return problem(err, lang) }
}

// noticeView is what the notice component shows.
type noticeView struct {
	Text     string
	Warning  bool
	CanUndo  bool
	Sequence int
}

// say shows the notice for undoFor, and with undo, the action can be
// undone as long.
func (c *calculator) say(ctx app.Context, text words, undo func(ctx app.Context)) {
	c.feedback.notice = notice{words: text, undo: undo, seq: c.feedback.notice.seq + 1}
	c.expireNotice(ctx, c.feedback.notice.seq)
}

// warn shows a problem the visitor should act on, until dismissed.
func (c *calculator) warn(text words) {
	c.feedback.notice = notice{words: text, warning: true, seq: c.feedback.notice.seq + 1}
}

// expireNotice takes notice seq away once it can no longer be undone.
func (c *calculator) expireNotice(ctx app.Context, seq int) {
	if c.mounted.Src() != nil {
		ctx = c.mounted // a removed line's context ends with it, and its timer too
	}
	if ctx.Src() == nil {
		return // no page (the native tests' empty context)
	}
	ctx.After(undoFor, func(app.Context) {
		if c.feedback.notice.seq == seq && !c.feedback.notice.warning {
			c.feedback.notice = notice{seq: seq}
		}
	})
}

// undo undoes the action the notice offers to undo.
func (c *calculator) undo(ctx app.Context) {
	n := c.feedback.notice
	if n.undo == nil {
		return
	}
	c.feedback.notice = notice{seq: n.seq}
	n.undo(ctx)
	if c.feedback.notice.words == nil {
		c.say(ctx, wordsOf(msgUndone), nil)
	}
}

// dismissNotice hides the notice.
func (c *calculator) dismissNotice(ctx app.Context) {
	c.feedback.notice = notice{seq: c.feedback.notice.seq}
}

func (c *calculator) noticeView() noticeView {
	n := c.feedback.notice
	v := noticeView{Warning: n.warning, CanUndo: n.undo != nil, Sequence: n.seq}
	if n.words != nil {
		v.Text = n.words(c.lang)
	}
	return v
}

// noticeActions is what the notice may do: undo its action, or go.
type noticeActions interface {
	undo(ctx app.Context)
	dismissNotice(ctx app.Context)
}

// pageNotice shows the notice in a live region that is always there, so a
// screen reader announces each new text once.
type pageNotice struct {
	app.Compo

	Notice  noticeView
	Lang    pricing.Lang
	Actions noticeActions
}

func (n *pageNotice) Render() app.UI {
	lang, v := n.Lang, n.Notice
	class := "notice-bar no-print"
	if v.Warning {
		class += " warning"
	}
	if v.Text == "" {
		class += " empty"
	}
	return app.Elem("div").Class(class).ID("notice").Role("status").Attr("aria-live", "polite").Body(
		app.If(v.Text != "", func() app.UI {
			return app.Elem("p").Class("notice-text").ID("notice-text").Text(v.Text)
		}),
		app.If(v.CanUndo, func() app.UI {
			return app.Elem("button").Attr("type", "button").Class("btn btn-undo").ID("undo").Text(t(lang, msgUndo)).
				OnClick(func(ctx app.Context, e app.Event) { n.Actions.undo(ctx) })
		}),
		app.If(v.Text != "", func() app.UI {
			return app.Elem("button").Attr("type", "button").Class("btn-dismiss").ID("notice-dismiss").
				Attr("aria-label", t(lang, msgNoticeDismiss)).Text("×").
				OnClick(func(ctx app.Context, e app.Event) { n.Actions.dismissNotice(ctx) })
		}),
	)
}
