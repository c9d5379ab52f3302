package app

import (
	"qidian-calculator/pricing"
)

// Every estimate the page did not make itself arrives the same way: read
// into an incoming, then opened as an estimate of its own by openAsNew
// (estimates.go), whatever brought it: the address, a chosen file, the
// embedding page's message, a worked example.

// source is what brought an estimate; the notice after opening names it.
type source int

const (
	fromLink    source = iota // the address
	fromFile                  // estimate JSON in a chosen file
	fromParent                // a link or estimate JSON the embedding page sent
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

// take makes what could be read of in the estimate being edited, without
// keeping it (the caller does: estimates.go). When nothing could be read,
// the estimate open stays as it was, so a broken link or file never costs
// the visitor their work.
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
