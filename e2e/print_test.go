package e2e

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"qidian-calculator/pricing"
)

// A4 at Chromium's default print margins (0.4 in each side), in CSS pixels:
// the box the printed quote must fit on one page.
const (
	a4WidthIn, a4HeightIn, defaultMarginIn = 8.27, 11.69, 0.4
	a4ContentWidthPx                       = 717 // (8.27 - 2 × 0.4) in × 96 px, rounded down
	a4ContentHeightPx                      = (a4HeightIn - 2*defaultMarginIn) * 96
)

// printLines are the lines of the printed estimates, every kind of row:
// new, addition, one-time, on request (R11), an industry.
var printLines = []pricing.Line{
	{Item: "chat-basic", Mode: pricing.New, Quantity: "5", Years: "2"},
	{Item: "chat-basic", Mode: pricing.Add, Quantity: "3"},
	{Item: "bot-pro", Mode: pricing.New, Quantity: "1", Years: "1"},
	{Item: "phone-standard", Mode: pricing.New, Quantity: "4", Years: "3"},
	{Item: "bot-standard", Mode: pricing.Add, Quantity: "2"},
	{Item: "chat-pro", Mode: pricing.New, Quantity: "3", Years: "1"},
	{Item: "pack-120k", Quantity: "2"},
	{Item: "knowledge-cloud", Quantity: "1", Industry: "education"},
}

// printEstimate is the estimate of the first n printLines, with every detail given.
func printEstimate(n int, lang pricing.Lang) pricing.Estimate {
	return pricing.Estimate{
		Lang: lang, Term: pricing.Term{Years: "1", Months: "6"}, Lines: printLines[:n],
		Details: pricing.Details{Customer: "深圳某某科技有限公司", Contact: "王五", Notes: "报价含一年标准支持。\nSupport included.", ValidDays: "15"},
	}
}

// documentRows reads the printed table: one string per row, cells joined by "|".
const documentRows = `[...document.querySelectorAll('#quote-document tbody tr')].map(r => [...r.cells].map(c => text(c)).join('|'))`

// printedRow is a row of the printed table as documentRows reads it.
func printedRow(r pricing.DocumentRow) string {
	return strings.Join([]string{strconv.Itoa(r.Number), r.Product, r.Purchase, r.Quantity, r.Term, r.UnitPrice + r.Per, r.Working, r.Amount}, "|")
}

// printMedia switches the tab to print media, at the width of an A4 page's
// printable area, and waits for the printed quote to show.
func (p *page) printMedia() {
	p.t.Helper()
	p.step("emulate print media", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := cdp.Call(ctx, t, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
			Width: a4ContentWidthPx, Height: 1045, DeviceScaleFactor: 1,
		}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return err
	}))
	p.waitFor("the printed quote", `visible(document.getElementById('quote-document'))`,
		`getComputedStyle(document.getElementById('quote-document')).display`)
}

// printPDF prints the tab as Chromium's "save as PDF" does on A4 with its
// default margins, writes testout/NAME.pdf and returns the number of pages.
func (p *page) printPDF(name string) int {
	p.t.Helper()
	var pdf []byte
	margin := defaultMarginIn
	p.step("print to PDF", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		res, err := cdp.Call(ctx, t, cdppage.PrintToPDF, cdppage.PrintToPDFParams{
			PaperWidth: a4WidthIn, PaperHeight: a4HeightIn,
			MarginTop: &margin, MarginBottom: &margin, MarginLeft: &margin, MarginRight: &margin,
		})
		pdf = res.Data
		return err
	}))
	dir := filepath.Join(repoRoot, "testout")
	if err := os.MkdirAll(dir, 0o755); err == nil {
		os.WriteFile(filepath.Join(dir, name+".pdf"), pdf, 0o644)
	}
	return len(regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(pdf, -1))
}

// The printed quote of 1, 5 and 8 lines in both languages: its rows, the
// purchase type in words, the total and its words are pricing's; nothing
// of the form prints; 8 lines fit one A4 page.
func TestPrintQuote(t *testing.T) {
	t.Parallel()
	for _, n := range []int{1, 5, 8} {
		for _, lang := range []pricing.Lang{pricing.ZH, pricing.EN} {
			t.Run(strconv.Itoa(n)+"-"+string(lang), func(t *testing.T) {
				t.Parallel()
				checkPrintedQuote(t, n, lang)
			})
		}
	}
}

func checkPrintedQuote(t *testing.T, n int, lang pricing.Lang) {
	e := printEstimate(n, lang)
	e.Reference = "QD-261207-PRINT" + strconv.Itoa(n) // the link's number, kept by the page that opens it
	q := pricing.Default().Price(e, time.Now())
	want := pricing.NewDocument(e, &q, lang, time.Now())
	words, ok := pricing.AmountInWords(q.Total, lang)
	if !ok || !q.Complete {
		t.Fatalf("the estimate does not price: %v", q.Err())
	}

	p := newPage(t)
	p.open("/#" + pricing.EncodeLink(e))
	p.waitText(css(document, "#quote-reference"), want.Reference)

	// On screen the document is hidden.
	if eval[bool](p, `visible(document.getElementById('quote-document'))`) {
		t.Error("the printed quote shows on screen")
	}
	p.printMedia()
	name := "print-" + strconv.Itoa(n) + "-" + string(lang)
	p.screenshot(name)

	rows := eval[[]string](p, documentRows)
	if len(rows) != n {
		t.Fatalf("%d rows printed, want %d: %q", len(rows), n, rows)
	}
	for i, r := range want.Rows {
		if got := rows[i]; got != printedRow(r) {
			t.Errorf("row %d:\n got %s\nwant %s", i+1, got, printedRow(r))
		}
	}
	// The purchase type is written out: the first line is a new purchase,
	// the second an addition (R7).
	purchase := eval[[]string](p, `[...document.querySelectorAll('#quote-document tbody td.qd-mode')].map(text)`)
	wantPurchase := map[pricing.Lang][]string{pricing.ZH: {"新购", "增购"}, pricing.EN: {"New purchase", "Addition"}}[lang]
	for i := 0; i < len(purchase) && i < 2; i++ {
		if purchase[i] != wantPurchase[i] {
			t.Errorf("row %d purchase %q, want %q", i+1, purchase[i], wantPurchase[i])
		}
	}
	if got := p.textOf(css(document, "#doc-total")); got != q.Total.String() {
		t.Errorf("printed total %s, want %s", got, q.Total)
	}
	wantWords := words
	if lang == pricing.ZH {
		wantWords = "人民币" + words
	}
	if got := p.textOf(css(document, "#doc-words")); got != wantWords {
		t.Errorf("printed words %q, want %q", got, wantWords)
	}
	// On-request rows (line 3, R11) are marked, and the note says why the total leaves them out.
	if n >= 3 {
		if got := p.textOf(css(document, "#quote-document tr.qd-onrequest .qd-amount")); got != pricing.OnRequestText(lang) {
			t.Errorf("on-request row reads %q", got)
		}
		if !eval[bool](p, `visible(document.getElementById('doc-excludes'))`) {
			t.Error("no note that the total excludes on-request items")
		}
	}
	// The details print; the header holds the reference.
	for id, v := range map[string]string{"doc-customer": want.Customer, "doc-contact": want.Contact, "doc-reference": want.Reference, "doc-notes": want.Notes} {
		if got := eval[string](p, `document.getElementById(`+jsString(id)+`)?.textContent ?? ''`); got != v {
			t.Errorf("%s printed as %q, want %q", id, got, v)
		}
	}
	// Nothing of the form prints: no button, input, toolbar or help.
	if shown := eval[[]string](p, `[...document.querySelectorAll('button, input, select, textarea, label, .toolbar, .help, h1')].filter(visible).map(e => e.outerHTML.slice(0, 80))`); len(shown) > 0 {
		t.Errorf("printed with the quote: %q", shown)
	}
	// Every terms' rule that applies is printed (R5 list prices; R7 additions; R10 no refunds).
	if got := eval[int](p, `document.querySelectorAll('#quote-document .qd-terms li').length`); got != len(want.Terms) {
		t.Errorf("%d terms printed, want %d", got, len(want.Terms))
	}

	height := eval[float64](p, `document.getElementById('quote-document').getBoundingClientRect().height`)
	t.Logf("%d lines, %s: the quote is %.0f px high of %.0f", n, lang, height, a4ContentHeightPx)
	if n <= 8 && height > a4ContentHeightPx {
		t.Errorf("the quote is %.0f px high, more than an A4 page's %.0f", height, a4ContentHeightPx)
	}
	if pages := p.printPDF(name); n <= 8 && pages != 1 {
		t.Errorf("printed on %d pages, want 1", pages)
	}
}

// The printed quote is written after the frame that draws an edit
// (app/quote_document.go). A print that comes before then, on the frame
// itself, still prints what the screen shows; and once drawn, the quote
// follows each edit without any print event.
func TestPrintedQuoteFollowsEachEdit(t *testing.T) {
	t.Parallel()
	estimate := func(quantity pricing.Number) pricing.Estimate {
		return pricing.Estimate{Lines: []pricing.Line{{Item: "chat-basic", Mode: pricing.New, Quantity: quantity, Years: "2"}}}
	}
	printed := func(quantity pricing.Number) pricing.Document {
		e := estimate(quantity)
		q := pricing.Default().Price(e, time.Now())
		return pricing.NewDocument(e, &q, pricing.ZH, time.Now())
	}
	five, seven, nine := printed("5"), printed("7"), printed("9")
	p := newPage(t)
	p.open("/#" + pricing.EncodeLink(estimate("5")))
	p.waitText(css(document, "#doc-total"), five.TotalFigure(false))

	// In the task of the frame that draws 7: the quote before and after beforeprint.
	got := eval[[]string](p, `new Promise(resolve => {
		const total = document.getElementById('total'), before = total.textContent;
		new MutationObserver((_, observer) => {
			if (total.textContent === before) return;
			observer.disconnect();
			const drawn = text(document.getElementById('doc-total'));
			dispatchEvent(new Event('beforeprint'));
			resolve([drawn, text(document.getElementById('doc-total')), text(document.querySelector('#quote-document td.qd-qty'))]);
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
		const q = document.getElementById('line1-quantity');
		q.value = '7';
		q.dispatchEvent(new Event('input', { bubbles: true }));
	})`)
	if got[0] != five.TotalFigure(false) {
		t.Errorf("the frame that draws the edit wrote the printed total %q: the quote is to be written after it", got[0])
	}
	if got[1] != seven.TotalFigure(false) || got[2] != seven.Rows[0].Quantity {
		t.Errorf("printed right after the edit: total %q, quantity %q; want %q and %q", got[1], got[2], seven.TotalFigure(false), seven.Rows[0].Quantity)
	}

	// No print event: the task after the frame writes it.
	p.fill(css(document, "#line1-quantity"), "9")
	p.waitText(css(document, "#doc-total"), nine.TotalFigure(false))
	p.printMedia()
	if got := eval[[]string](p, documentRows); len(got) != 1 || got[0] != printedRow(nine.Rows[0]) {
		t.Errorf("printed rows %q, want %q", got, printedRow(nine.Rows[0]))
	}
}

// A link carrying the details opens on a fresh profile with them filled in,
// and they print; an empty field is left out of the print.
func TestPrintDetailsTravelInTheLink(t *testing.T) {
	t.Parallel()
	e := pricing.Estimate{Lines: printLines[:1], Details: pricing.Details{Customer: "ACME, Ltd. & Co", Notes: "第一行\n第二行", ValidDays: "45"}}
	p := newPage(t) // a fresh browser context: nothing saved
	p.open("/#" + pricing.EncodeLink(e))
	p.waitValue(css(document, "#details-customer"), "ACME, Ltd. & Co")
	p.waitValue(css(document, "#details-notes"), "第一行\n第二行")
	p.waitValue(css(document, "#details-valid"), "45")
	p.waitValue(css(document, "#details-contact"), "")
	p.screenshot("print-details-form")

	p.printMedia()
	if got := p.textOf(css(document, "#doc-customer")); got != "ACME, Ltd. & Co" {
		t.Errorf("customer printed as %q", got)
	}
	if got := eval[string](p, `document.getElementById('doc-valid').textContent`); !strings.HasPrefix(got, "45 天（至 ") {
		t.Errorf("validity printed as %q", got)
	}
	if eval[bool](p, `!!document.getElementById('doc-contact')`) {
		t.Error("an empty contact is printed")
	}
	p.screenshot("print-details")

	// Typing a detail on the page reaches the print and the share link,
	// as text however it looks: the printed quote is markup the app writes
	// (app/quote_document.go).
	const contact = `赵六 <i class="qd-title">&amp;</i></td>`
	p2 := newPage(t)
	p2.openExample()
	p2.fill(css(document, "#details-contact"), contact)
	p2.waitFor("the contact in the address bar", `location.hash.includes('contact=')`, `location.hash`)
	p2.printMedia()
	p2.waitText(css(document, "#doc-contact"), contact)
	if n := eval[int](p2, `document.querySelectorAll('#quote-document i, #quote-document .qd-title').length`); n != 1 {
		t.Errorf("the quote has %d elements of .qd-title or i, want the title only", n)
	}
}

// A share link written before the details existed (format 1, pinned in
// pricing's tests) still opens and prints.
func TestPrintFormat1Fixture(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.open("/#v=1&c=2026-11&lang=zh-CN&t=1,6&l=chat-basic,new,5,2&l=chat-basic,add,3")
	p.waitText(total, "14,785.20 元")
	p.waitGone(css(document, "#link-problem"))
	p.printMedia()
	if got := p.textOf(css(document, "#doc-words")); got != "人民币壹万肆仟柒佰捌拾伍元贰角整" {
		t.Errorf("words %q", got)
	}
	if rows := eval[[]string](p, documentRows); len(rows) != 2 || !strings.Contains(rows[0], "|新购|") || !strings.Contains(rows[1], "|增购|") {
		t.Errorf("rows %q", rows)
	}
	if eval[bool](p, `!!document.getElementById('doc-customer')`) {
		t.Error("a link without details prints a customer")
	}
}

// A quote of price-on-request items only prints no total and no amount in
// words: never 人民币零元整 (issue 33).
func TestPrintOnRequestOnly(t *testing.T) {
	t.Parallel()
	e := pricing.Estimate{Lang: pricing.ZH, Reference: "QD-261207-ONREQ1", Lines: []pricing.Line{{Item: "bot-pro", Mode: pricing.New, Quantity: "1", Years: "1"}}}
	p := newPage(t)
	p.open("/#" + pricing.EncodeLink(e))
	p.waitText(css(document, "#quote-reference"), e.Reference)
	p.printMedia()
	if got := p.textOf(css(document, "#doc-total")); got != "—" {
		t.Errorf("printed total %q, want —", got)
	}
	if eval[bool](p, `!!document.getElementById('doc-words')`) {
		t.Errorf("the quote prints an amount in words: %q", p.textOf(css(document, "#doc-words")))
	}
	if printed := eval[string](p, `document.getElementById('quote-document').innerText`); strings.Contains(printed, "零元") || strings.Contains(printed, "0.00") {
		t.Errorf("the printed quote reads as a zero:\n%s", printed)
	}
}

// A quote longer than a page breaks between rows, never inside one, and
// repeats the table's header; the page counter sees the second page.
func TestPrintLongQuote(t *testing.T) {
	t.Parallel()
	var lines []pricing.Line
	for len(lines) < 40 {
		lines = append(lines, printLines...)
	}
	e := pricing.Estimate{Term: pricing.Term{Years: "1", Months: "6"}, Lines: lines[:40]}
	p := newPage(t)
	p.open("/#" + pricing.EncodeLink(e))
	p.printMedia()
	if n := len(eval[[]string](p, documentRows)); n != 40 {
		t.Fatalf("%d rows printed, want 40", n)
	}
	if got := eval[[]string](p, `[...new Set([...document.querySelectorAll('#quote-document tbody tr')].map(r => getComputedStyle(r).breakInside))]`); len(got) != 1 || got[0] != "avoid" {
		t.Errorf("rows may break inside: break-inside %q", got)
	}
	if got := eval[string](p, `getComputedStyle(document.querySelector('#quote-document thead')).display`); got != "table-header-group" {
		t.Errorf("the header does not repeat: display %s", got)
	}
	if pages := p.printPDF("print-40-zh-CN"); pages < 2 {
		t.Errorf("40 lines printed on %d page", pages)
	}
}

// printedTimeline is the text the printed timeline puts on paper: every
// text that prints, a visually hidden one too (clipped to a pixel, it is
// still in a PDF's text), and each of the picture's labels.
const printedTimeline = `(() => {
	const fig = document.getElementById('doc-timeline');
	const texts = [];
	const walker = document.createTreeWalker(fig, NodeFilter.SHOW_TEXT);
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		const t = norm(n.textContent);
		if (t && visible(n.parentElement)) texts.push(t);
	}
	const labels = [...new Set([...fig.querySelectorAll('svg text')].filter(visible).map(e => norm(e.textContent)))];
	return {texts, labels};
})()`

// The printed timeline says each of its labels once: not again in its
// text alternative, nor at an end of the bar that a mark's row names.
func TestPrintedTimelineSaysEachLabelOnce(t *testing.T) {
	t.Parallel()
	for _, lang := range []pricing.Lang{pricing.ZH, pricing.EN} {
		t.Run(string(lang), func(t *testing.T) {
			t.Parallel()
			e := pricing.Estimate{Lang: lang, Lines: []pricing.Line{
				{Item: "chat-basic", Mode: pricing.New, Quantity: "5", Years: "2"},
				{Item: "chat-basic", Mode: pricing.Planned, Quantity: "3", After: "6"},
			}}
			p := newPage(t)
			p.open("/#" + pricing.EncodeLink(e))
			p.waitShown(css(document, "#timeline"))
			p.printMedia()
			p.waitShown(css(document, "#doc-timeline svg"))
			got := eval[struct {
				Texts  []string `json:"texts"`
				Labels []string `json:"labels"`
			}](p, printedTimeline)
			if len(got.Labels) < 6 { // 1年, and a title and an amount for now, month 6 and the renewal
				t.Fatalf("the printed timeline has %d labels: %q", len(got.Labels), got.Labels)
			}
			for _, l := range got.Labels {
				var in []string
				for _, s := range got.Texts {
					if strings.Contains(strings.ToLower(s), strings.ToLower(l)) {
						in = append(in, s)
					}
				}
				if len(in) != 1 {
					t.Errorf("%q prints %d times, in %q", l, len(in), in)
				}
			}
			p.printPDF("print-timeline-" + string(lang))
			p.screenshot("print-timeline-" + string(lang))
		})
	}
}
