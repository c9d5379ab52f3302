package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// timelineFigure draws a plan's timeline (R14, R15) as SVG: the term as a
// bar with its year ticks, then one row per mark, each with a dot under its
// place on the bar and its title and amount beside it. A row per mark keeps
// labels apart however close their months are and however narrow the
// screen. The SVG has no viewBox: x is given in percent of its width and
// text keeps its CSS size, so it stays readable at 360 px. Screen readers
// get pricing's text alternative, which has the same figures.
type timelineFigure struct {
	app.Compo

	Timeline pricing.Timeline
	Lang     pricing.Lang
	ID       string // the figure's id, which prefixes its parts' ids; "timeline" when empty
}

const svgNS = "http://www.w3.org/2000/svg"

// svg makes an SVG element; it must be created in the SVG namespace.
// Geometry goes in SVG attributes: the CSP forbids style attributes.
func svg(tag string) app.HTMLElem { return app.Elem(tag).XMLNS(svgNS) }

// The timeline's geometry, in CSS pixels.
const (
	tlBarY      = 10 // top of the term's bar
	tlBarHeight = 10
	tlTickLabel = 40 // baseline of the year labels
	tlRowsTop   = 56 // first row
	tlTrack     = 6  // a row's track, below its top
	tlLine      = 18 // between text lines of a row
	tlRowGap    = 14
	tlEndRoom   = 250 // ‰ of the bar kept free for the labels of its ends, on a phone
)

// percent is a position on the bar as an SVG length: 250‰ → "25%".
func percent(permille int64) string {
	permille = min(max(permille, 0), 1000)
	s := strconv.FormatInt(permille/10, 10)
	if r := permille % 10; r != 0 {
		s += "." + strconv.FormatInt(r, 10)
	}
	return s + "%"
}

// anchor keeps a label inside the picture: left-aligned in the first third
// of the bar, right-aligned in the last, centred between; each choice
// leaves the label the most room.
func anchor(permille int64) string {
	switch {
	case permille < 334:
		return "start"
	case permille > 666:
		return "end"
	}
	return "middle"
}

// amountLines splits what a mark shows into lines: "9,000.00 元 + 价格请联系架构师"
// is too wide for one line on a phone.
func amountLines(label string) []string {
	const plus = " + " // as pricing joins a price with "price on request"
	parts := strings.Split(label, plus)
	for i := 1; i < len(parts); i++ {
		parts[i] = "+ " + parts[i]
	}
	return parts
}

func (f *timelineFigure) Render() app.UI {
	tl, lang, id := f.Timeline, f.Lang, f.ID
	if id == "" {
		id = "timeline"
	}
	if tl.Months == 0 {
		return app.Elem("div").Class("timeline-empty")
	}
	text := func(class, x string, y int, anchorAt, s string) app.UI {
		return svg("text").Class(class).Attr("x", x).Attr("y", y).Attr("text-anchor", anchorAt).Body(app.Text(s))
	}
	var rows, grid []app.UI
	y := tlRowsTop
	for i, m := range tl.Marks {
		x, a := percent(m.Permille), anchor(m.Permille)
		kind := "tl-" + string(m.Kind)
		row := []app.UI{
			svg("line").Class("tl-track").Attr("x1", "0").Attr("x2", "100%").Attr("y1", y+tlTrack).Attr("y2", y+tlTrack),
			svg("circle").Class("tl-dot "+kind).Attr("cx", x).Attr("cy", y+tlTrack).Attr("r", 6),
		}
		ty := y + tlTrack + tlLine + 4
		row = append(row, text("tl-title", x, ty, a, m.Title))
		for _, s := range amountLines(amountShown(m.Amount, m.OnRequest, m.Kind == pricing.MarkRenewal, lang)) {
			ty += tlLine
			row = append(row, text("tl-amount "+kind, x, ty, a, s))
		}
		rows = append(rows, svg("g").Class("tl-row").ID(id+"-mark-"+strconv.Itoa(i+1)).Body(row...))
		y = ty + tlRowGap
	}
	height := y

	// The year ticks: on the bar, with a label below and a faint line down
	// through the rows, so each row's dot can be read against the years.
	for _, tk := range tl.Ticks {
		x := percent(tk.Permille)
		grid = append(grid,
			svg("line").Class("tl-grid").Attr("x1", x).Attr("x2", x).Attr("y1", tlBarY+tlBarHeight).Attr("y2", height),
			svg("line").Class("tl-tick").Attr("x1", x).Attr("x2", x).Attr("y1", tlBarY-4).Attr("y2", tlBarY+tlBarHeight+4),
		)
		if tk.Permille >= tlEndRoom && tk.Permille <= 1000-tlEndRoom { // else it would run into an end's label
			grid = append(grid, text("tl-tick-label", x, tlTickLabel, "middle", tk.Label))
		}
	}
	// The bar's ends are named too: now, and the month the term ends. A
	// mark's row that names the same month (always the purchase's, now)
	// makes the end's label one that print leaves out (web/print.css).
	endClass := "tl-tick-label"
	for _, m := range tl.Marks {
		if m.Month == tl.Months {
			endClass += " tl-named"
			break
		}
	}
	grid = append(grid,
		text("tl-tick-label tl-named", "0", tlTickLabel, "start", pricing.When(0, lang)),
		text(endClass, "100%", tlTickLabel, "end", pricing.When(tl.Months, lang)),
	)
	var dots []app.UI
	for _, m := range tl.Marks {
		dots = append(dots, svg("circle").Class("tl-dot tl-"+string(m.Kind)).
			Attr("cx", percent(m.Permille)).Attr("cy", tlBarY+tlBarHeight/2).Attr("r", 7))
	}

	body := []app.UI{
		svg("rect").Class("tl-bar").Attr("x", "0").Attr("y", tlBarY).Attr("width", "100%").Attr("height", tlBarHeight).Attr("rx", tlBarHeight/2),
	}
	body = append(body, grid...)
	body = append(body, dots...)
	body = append(body, rows...)

	return app.Elem("figure").Class("timeline").ID(id).Body(
		app.Elem("figcaption").ID(id+"-caption").Class("timeline-caption").Text(t(lang, msgTimeline)),
		svg("svg").Class("timeline-svg").Role("img").Attr("aria-labelledby", id+"-text").
			Attr("width", "100%").Attr("height", height).Attr("focusable", "false").Body(body...),
		// Read instead of the picture; print leaves it out, as the plan
		// above has the same figures and the picture its labels.
		app.Elem("p").ID(id+"-text").Class("visually-hidden timeline-text").Text(tl.Text),
	)
}
