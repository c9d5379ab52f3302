package app

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// The printed quote (报价单) is hidden on screen and is the only thing
// printed (web/print.css). pricing.NewDocument decides every row, amount
// and term; this file only lays them out.
//
// Its header, table, notes and terms are markup the page writes itself,
// into two containers that go-app draws empty. It is written in the app's
// first run, after the browser has drawn each later change (persist.go's
// paint task), and on beforeprint if that has not happened yet: when go-app
// rewrote it in every update, this part nobody sees until printing was a
// large share of each keystroke's work ("The printed quote is written
// after the frame" in docs/performance-log.md). The plan over time, which has
// a figure of its own, is drawn by go-app between the two.
//
// What is written is the document of the last render, so a print always
// shows the estimate the screen shows, plan included.

// The containers of the printed quote's markup, around the plan.
const (
	printedStartID = "quote-document-start"
	printedEndID   = "quote-document-end"
)

// printedQuote is the section that holds the printed quote. The server's
// page (and the native tests) have its markup in place; in the browser the
// render only notes what it is made of, and writePrintedQuote makes and
// writes it once the browser has drawn the render.
func (c *calculator) printedQuote() app.UI {
	c.printed.source = printSource{est: c.edit.est, quote: c.edit.quote, lang: c.lang, today: c.today, opening: c.start.opening}
	c.printed.source.est.Lines = slices.Clone(c.edit.est.Lines) // an edit changes a line in place
	start, end := app.UI(app.Elem("div").ID(printedStartID)), app.UI(app.Elem("div").ID(printedEndID))
	if app.IsServer {
		d := c.printed.source.document()
		start, end = app.Raw(printedPart(printedStartID, documentStart(d))), app.Raw(printedPart(printedEndID, documentEnd(d)))
	} else if c.mounted.Src() != nil {
		c.printed.dirty = true
		c.requestPaintTask()
	}
	plan := c.printedPlan()
	return app.Elem("section").Class("quote-document").ID("quote-document").Body(
		start,
		// A slot that is always there: go-app matches children by place, and
		// a plan appearing before the end's container would replace it.
		app.Elem("div").Class("qd-plan-slot").Body(
			app.If(plan != nil, func() app.UI { return planPrint(*plan, c.lang) }),
		),
		end,
	)
}

// printCache is the printed quote as the page last wrote it, and what the
// last render's is made of.
type printCache struct {
	source     printSource // what the last render's printed quote is made of
	dirty      bool        // it is not yet written
	start, end string      // the markup written, of each part
}

// printSource is what a render's printed quote is made of.
type printSource struct {
	est     pricing.Estimate
	quote   pricing.Quote
	lang    pricing.Lang
	today   time.Time
	opening bool // the server's page: no estimate, so no quote number
}

func (p printSource) document() pricing.Document {
	d := pricing.NewDocument(p.est, &p.quote, p.lang, p.today)
	if p.opening {
		d.Reference = "—"
	}
	return d
}

// printedPart is a container with its markup, as the server writes it.
func printedPart(id, inner string) string { return `<div id="` + id + `">` + inner + "</div>" }

// writePrintedQuote writes the printed quote of the last render into its
// containers, where it differs from what they hold.
func (c *calculator) writePrintedQuote() {
	c.printed.dirty = false
	d := c.printed.source.document()
	writeMarkup(printedStartID, documentStart(d), &c.printed.start)
	writeMarkup(printedEndID, documentEnd(d), &c.printed.end)
}

// writeMarkup sets the inner HTML of the element with id, unless it holds
// last already. An empty container is written even so: go-app may have
// replaced it.
func writeMarkup(id, markup string, last *string) {
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return
	}
	if markup == *last && el.Get("firstElementChild").Truthy() {
		return
	}
	el.Set("innerHTML", markup)
	*last = markup
}

// documentStart is the quote's header, its table and the notes on its total.
func documentStart(d pricing.Document) string {
	var m markup
	m.WriteString(documentHead(d))
	m.WriteString(documentTable(d))
	if d.ExcludesOnRequest {
		m.element("p", "qd-note", "doc-excludes", t(d.Lang, msgDocExcludes))
	}
	if !d.Complete {
		m.element("p", "qd-note qd-warning", "doc-incomplete", t(d.Lang, msgDocIncomplete))
	}
	return m.String()
}

// documentEnd is the visitor's notes, if any, and the terms.
func documentEnd(d pricing.Document) string {
	var m markup
	if d.Notes != "" {
		m.open("section", "qd-notes", "")
		m.element("h3", "", "", t(d.Lang, msgDocNotes))
		m.element("p", "", "doc-notes", d.Notes)
		m.close("section")
	}
	m.WriteString(documentTerms(d))
	return m.String()
}

// documentHead is the title, the seller and the quote's details; an empty
// detail is left out, not printed blank.
func documentHead(d pricing.Document) string {
	lang := d.Lang
	var m markup
	m.open("header", "qd-head", "")
	m.element("h2", "qd-title", "", t(lang, msgDocTitle))
	m.element("p", "qd-seller", "", t(lang, msgDocSeller))
	m.open("div", "qd-meta", "")
	m.field("doc-reference", t(lang, msgDocReference), d.Reference)
	m.field("doc-date", t(lang, msgDocDate), d.Date)
	if d.ValidDays > 0 {
		m.field("doc-valid", t(lang, msgDocValid), tf(lang, msgDocValidUntil, strconv.FormatInt(d.ValidDays, 10), d.ValidUntil))
	}
	m.field("doc-catalog", t(lang, msgDocCatalog), d.CatalogVersion+" ("+d.CatalogDate+")")
	m.field("doc-customer", t(lang, msgDocCustomer), d.Customer)
	m.field("doc-contact", t(lang, msgDocContact), d.Contact)
	if d.Term != "" {
		term := d.Term
		if d.TermCounted != "" {
			term += " (" + d.TermCounted + ")"
		}
		m.field("doc-term", t(lang, msgDocTerm), term)
	}
	m.close("div")
	m.close("header")
	return m.String()
}

// documentTable is the quote's rows, its total and the total in words.
func documentTable(d pricing.Document) string {
	lang := d.Lang
	var m markup
	m.open("table", "qd-table", "")
	m.WriteString("<thead><tr>")
	for _, h := range [...]struct {
		class string
		label msg
	}{
		{"qd-no", msgDocColNo}, {"qd-item", msgDocColItem}, {"qd-mode", msgDocColMode},
		{"qd-qty", msgDocColQuantity}, {"qd-term", msgDocColTerm}, {"qd-num", msgDocColUnit},
		{"qd-working", msgDocColWorking}, {"qd-num", msgDocColAmount},
	} {
		m.element("th", h.class, "", t(lang, h.label))
	}
	m.WriteString("</tr></thead><tbody>")
	for _, r := range d.Rows {
		m.row(r)
	}
	m.WriteString(`</tbody><tfoot><tr class="qd-total"><th colspan="7">`)
	m.text(t(lang, msgDocTotal))
	m.WriteString("</th>")
	m.element("td", "qd-num", "doc-total", d.TotalFigure(false))
	m.WriteString("</tr>")
	if d.TotalInWords != "" {
		m.WriteString(`<tr class="qd-words"><th colspan="2">`)
		m.text(t(lang, msgDocWords))
		m.WriteString(`</th><td colspan="6" id="doc-words">`)
		m.text(tf(lang, msgDocWordsAmount, d.TotalInWords))
		m.WriteString("</td></tr>")
	}
	m.WriteString("</tfoot></table>")
	return m.String()
}

// documentTerms is the quote's terms, as a list.
func documentTerms(d pricing.Document) string {
	var m markup
	m.open("section", "qd-terms", "")
	m.element("h3", "", "", t(d.Lang, msgDocTerms))
	m.open("ul", "qd-terms-list", "")
	for _, s := range d.Terms {
		m.element("li", "", "", s)
	}
	m.WriteString("</ul></section>")
	return m.String()
}

// row is one line of the quote; a line with problems shows them in place
// of its working.
func (m *markup) row(r pricing.DocumentRow) {
	class := "qd-row"
	if r.OnRequest {
		class += " qd-onrequest"
	}
	working := r.Working
	if len(r.Problems) > 0 {
		working = strings.Join(r.Problems, " ")
	}
	m.open("tr", class, "")
	m.element("td", "qd-no", "", strconv.Itoa(r.Number))
	m.element("td", "qd-item", "", r.Product)
	m.element("td", "qd-mode", "", r.Purchase)
	m.element("td", "qd-qty", "", r.Quantity)
	m.element("td", "qd-term", "", r.Term)
	m.open("td", "qd-num", "")
	m.text(r.UnitPrice)
	if r.Per != "" {
		m.element("span", "qd-per", "", r.Per)
	}
	m.close("td")
	m.element("td", "qd-working", "", working)
	m.element("td", "qd-num qd-amount", "", r.Amount)
	m.close("tr")
}

// field is one entry of the header, left out when its value is empty.
func (m *markup) field(id, label, value string) {
	if value == "" {
		return
	}
	m.open("div", "qd-field", "")
	m.element("span", "qd-label", "", label)
	m.element("span", "qd-value", id, value)
	m.close("div")
}

// markup writes the printed quote's HTML. Text is always escaped: the
// customer, the contact and a line's fields come from the visitor or a
// link. Tags, classes and ids are this file's own constants.
type markup struct{ strings.Builder }

func (m *markup) open(tag, class, id string) {
	m.WriteString("<" + tag)
	if class != "" {
		m.WriteString(` class="` + class + `"`)
	}
	if id != "" {
		m.WriteString(` id="` + id + `"`)
	}
	m.WriteByte('>')
}

func (m *markup) close(tag string) { m.WriteString("</" + tag + ">") }

// text writes s escaped as html.EscapeString does; that function would
// bring strings.Replacer into app.wasm, for five characters.
func (m *markup) text(s string) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '<':
			m.WriteString("&lt;")
		case '>':
			m.WriteString("&gt;")
		case '&':
			m.WriteString("&amp;")
		case '\'':
			m.WriteString("&#39;")
		case '"':
			m.WriteString("&#34;")
		default:
			m.WriteByte(c)
		}
	}
}

func (m *markup) element(tag, class, id, text string) {
	m.open(tag, class, id)
	m.text(text)
	m.close(tag)
}
