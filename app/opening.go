package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// Every estimate the page did not make itself arrives the same way: read
// into an incoming, then opened by openIncoming, whatever brought it (the
// address, a chosen file, the embedding page's message, a worked example).

// source is what brought an estimate; the notice after opening names it.
type source int

const (
	fromLink    source = iota // the address, or a link the embedding page sent
	fromFile                  // estimate JSON: a chosen file, or sent by the embedding page
	fromExample               // a worked example from the help
)

// incoming is an estimate as read: what could be read of it, and what could not.
type incoming struct {
	from    source
	est     pricing.Estimate
	problem error // what could not be read
	nothing bool  // nothing at all could be read
}

// linkIncoming reads a share link's fragment (with or without "#"). A
// tampered or truncated link keeps every line that could be read.
func linkIncoming(fragment string) incoming {
	if len(fragment) > maxOpenBytes {
		return incoming{from: fromLink, problem: tooLarge, nothing: true}
	}
	e, err := pricing.DecodeLink(fragment)
	return incoming{from: fromLink, est: e, problem: err, nothing: err != nil && len(e.Lines) == 0}
}

// addressIncoming is what an address's fragment opens, if it holds anything.
func addressIncoming(fragment string) (incoming, bool) {
	if len(fragment) <= 1 {
		return incoming{}, false
	}
	return linkIncoming(fragment), true
}

// fileIncoming reads estimate JSON, which opens whole or not at all.
func fileIncoming(data []byte) incoming {
	e, err := pricing.DecodeEstimate(data)
	return incoming{from: fromFile, est: e, problem: err, nothing: err != nil}
}

// openIncoming opens what could be read of in and says what could not; when
// nothing could, the estimate open stays as it was, so a broken link or file
// never costs the visitor their work. It reports whether it opened.
func (c *calculator) openIncoming(ctx app.Context, in incoming) bool {
	if !c.take(in) {
		return false
	}
	c.changed(ctx)
	c.committed()
	c.showHeldValues(ctx)
	if in.from == fromFile {
		c.feedback.status = t(c.lang, msgOpenDone)
	}
	return true
}

// take makes what could be read of in the estimate being edited, without
// keeping it: the start keeps it once the page has drawn it.
func (c *calculator) take(in incoming) bool {
	if in.nothing {
		c.refuse(in)
		return false
	}
	c.edit = editing{est: in.est, linkProblem: in.problem} // the pack advisor's "added" goes with the old one
	c.staleCheck()
	return true
}

// refuse says why nothing of in could be opened: a link's problem stands
// above the page, a file's in the toolbar's status.
func (c *calculator) refuse(in incoming) {
	if in.from == fromFile {
		c.feedback.status = problem(in.problem, c.lang)
		return
	}
	c.edit.linkProblem = in.problem
}
