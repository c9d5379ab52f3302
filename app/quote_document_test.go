package app

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"qidian-calculator/pricing"
)

// The prerendered page holds the printed quote: header, rows with the
// purchase type in words, the total in words, the terms; an empty detail
// is left out; the reference is on the page too.
func TestQuoteDocumentRendered(t *testing.T) {
	est := exampleAdd()
	est.Lines = append([]pricing.Line{{Item: "chat-basic", Mode: pricing.New, Quantity: "5", Years: "2"}}, est.Lines...)
	est.Lines = append(est.Lines, pricing.Line{Item: "coldstart", Quantity: "1"})
	est.Details = pricing.Details{Customer: "ACME", ValidDays: "10"}
	q := pricing.Default().Price(est, today())
	ref := pricing.Reference(est, &q)

	html := render(t, est, pricing.ZH)
	mustContain(t, html, `id="quote-document"`, "报价单", "腾讯企点客服",
		`class="qd-mode">新购<`, `class="qd-mode">增购<`, "价格请联系架构师", `id="doc-excludes"`)
	for id, want := range map[string]string{"doc-customer": "ACME", "doc-words": "人民币壹万肆仟柒佰捌拾伍元贰角整",
		"quote-reference": ref, "doc-reference": ref} {
		if got := textByID(html, id); got != want {
			t.Errorf("#%s reads %q, want %q", id, got, want)
		}
	}
	if strings.Contains(html, `id="doc-contact"`) || strings.Contains(html, `id="doc-notes"`) {
		t.Error("an empty detail is printed")
	}

	html = render(t, est, pricing.EN)
	mustContain(t, html, "Quotation", `class="qd-mode">New purchase<`, `class="qd-mode">Addition<`,
		"Unit price (¥)", "Amount (¥)", `class="qd-per">/user/yr<`) // issue 12: ¥ in English
	if got := textByID(html, "doc-words"); got != "fourteen thousand seven hundred eighty-five yuan and twenty fen" {
		t.Errorf("English words %q", got)
	}
}

// textByID is the text of the element with id in html; go-app writes
// attributes in no fixed order.
func textByID(html, id string) string {
	m := regexp.MustCompile(`<[a-z0-9]+ [^>]*\bid="` + regexp.QuoteMeta(id) + `"[^>]*>([^<]*)<`).FindStringSubmatch(html)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[1])
}

// A detail that cannot be printed says so next to its field, in the visitor's language.
func TestQuoteDetailsProblems(t *testing.T) {
	est := exampleNew()
	est.Details = pricing.Details{Customer: strings.Repeat("x", pricing.MaxCustomerChars+1), ValidDays: "0"}
	html := render(t, est, pricing.ZH)
	mustContain(t, html, `id="details-customer-error"`, "最多 80 个字", `id="details-valid-error"`, "不能小于 1。")
	if strings.Contains(html, `id="doc-customer"`) || strings.Contains(html, `id="doc-valid"`) {
		t.Error("a detail with a problem is printed")
	}
	html = render(t, est, pricing.EN)
	mustContain(t, html, "At most 80 characters", "Must be at least 1.")
}

// The printed quote is written as markup (quote_document.go), so
// what a visitor or a link puts in it must come out as text, never as
// elements or attributes.
func TestQuoteDocumentEscapesWhatTheVisitorTyped(t *testing.T) {
	est := exampleNew()
	est.Details = pricing.Details{Customer: `<img src=x onerror="alert(1)">&amp; 'Co'`, Contact: `</td></tr></table><b>`, Notes: `</p></section><script>x</script>`}
	html := render(t, est, pricing.ZH)
	doc := html[strings.Index(html, `id="quote-document"`):]
	for _, injected := range []string{"<img", "<b>", `onerror="`, "</td></tr></table><b>", "<script>"} {
		if strings.Contains(doc, injected) {
			t.Errorf("the printed quote holds %q from the visitor's text", injected)
		}
	}
	for id, want := range map[string]string{
		"doc-customer": `&lt;img src=x onerror=&#34;alert(1)&#34;&gt;&amp;amp; &#39;Co&#39;`,
		"doc-contact":  `&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;b&gt;`,
		"doc-notes":    `&lt;/p&gt;&lt;/section&gt;&lt;script&gt;x&lt;/script&gt;`,
	} {
		if got := textByID(doc, id); got != want {
			t.Errorf("#%s reads %q, want %q", id, got, want)
		}
	}
}

// The quote's own escaper writes what html.EscapeString does, for every
// byte and for text mixing Chinese, markup and entities.
func TestMarkupTextEscapesAsHTMLDoes(t *testing.T) {
	samples := []string{"", "赵六 <i>&amp;</i>", `"'<>&`, "\x00\t\n\u2028", "ACME, Ltd. & Co", "第一行\n第二行 </td>"}
	for b := range 256 {
		samples = append(samples, string([]byte{byte(b)}), "a"+string([]byte{byte(b)})+"界")
	}
	for _, s := range samples {
		var m markup
		m.text(s)
		if got, want := m.String(), html.EscapeString(s); got != want {
			t.Errorf("text(%q) wrote %q, want %q", s, got, want)
		}
	}
}
