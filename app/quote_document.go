package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// quoteDocument is the printed quote (报价单): hidden on screen, the only
// thing printed (web/print.css). pricing.NewDocument decides every row,
// amount and term; this only lays them out.
type quoteDocument struct {
	app.Compo

	Doc  pricing.Document
	Plan *planData // R14: the plan over time, when the estimate plans additions (plan_fields.go)
}

func (q *quoteDocument) Render() app.UI {
	d := q.Doc
	lang := d.Lang
	// The header, the table and the terms are handed to go-app as markup,
	// which it mounts with one innerHTML each instead of element by element
	// through syscall/js: a quarter of the page's elements, none of them
	// interactive, mounted in the app's first run.
	return app.Section().Class("quote-document").ID("quote-document").Body(
		app.Raw(documentHead(d)),
		app.Raw(documentTable(d)),
		app.If(d.ExcludesOnRequest, func() app.UI {
			return app.P().Class("qd-note").ID("doc-excludes").Text(t(lang, msgDocExcludes))
		}),
		app.If(!d.Complete, func() app.UI {
			return app.P().Class("qd-note qd-warning").ID("doc-incomplete").Text(t(lang, msgDocIncomplete))
		}),
		app.If(q.Plan != nil, func() app.UI { return planPrint(*q.Plan, lang) }),
		app.If(d.Notes != "", func() app.UI {
			return app.Section().Class("qd-notes").Body(
				app.H3().Text(t(lang, msgDocNotes)),
				app.P().ID("doc-notes").Text(d.Notes),
			)
		}),
		app.Raw(documentTerms(d)),
	)
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
