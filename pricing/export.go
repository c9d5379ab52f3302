package pricing

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"time"
)

// Export is a priced estimate as the page downloads it and the quote command
// prints it with -json: the estimate itself (so DecodeEstimate reads the file
// back) plus, under "quote", every line's amount and working and the total.
// Amounts are strings to the fen, never floats.
type Export struct {
	Estimate
	Date        string      `json:"date"`        // the day the quote was made, YYYY-MM-DD
	CatalogDate string      `json:"catalogDate"` // the price list's date
	Quote       ExportQuote `json:"quote"`

	ExportDocument // reference, validity and total in words (document_export.go)

	termText string // the shared term for people, for the CSV
}

// ExportQuote is the priced part of an Export.
type ExportQuote struct {
	Term              string       `json:"term,omitempty"` // "1y6m", when additions share it
	TermErrors        []string     `json:"termErrors,omitempty"`
	Lines             []ExportLine `json:"lines"`
	Total             *Money       `json:"total"` // null when no line has an amount (Quote.HasTotal): never a zero
	ExcludesOnRequest bool         `json:"excludesOnRequest"`
	Complete          bool         `json:"complete"`                 // no input errors, and a total
	Plan              *ExportPlan  `json:"plan,omitempty"`           // when the estimate plans additions (R14, R15)
	ListNote          string       `json:"listNote,omitempty"`       // why another list than today's priced it (R19)
	EarlierCatalog    string       `json:"earlierCatalog,omitempty"` // validity ended: the quote date's list, of each line's "before"
}

// ExportLine is one priced line.
type ExportLine struct {
	Item      string   `json:"item"`
	Name      string   `json:"name"`
	Kind      Kind     `json:"kind,omitempty"`
	Quantity  int64    `json:"quantity,omitempty"`
	Years     int64    `json:"years,omitempty"`
	UnitPrice *Money   `json:"unitPrice,omitempty"`
	Amount    *Money   `json:"amount,omitempty"` // absent when not priced
	OnRequest bool     `json:"onRequest,omitempty"`
	Capped    bool     `json:"capped,omitempty"`
	After     int64    `json:"after,omitempty"` // a planned addition: months after its purchase (R14)
	Term      string   `json:"term,omitempty"`  // a planned addition: its remaining term, "1y6m"
	Working   string   `json:"working,omitempty"`
	Errors    []string `json:"errors,omitempty"`

	// R19: a line priced by another list than the quote's names it; a line
	// the quote's date priced otherwise (validity ended) gives that amount.
	List          string `json:"list,omitempty"`
	Before        *Money `json:"before,omitempty"`
	BeforeOnQuote bool   `json:"changedSinceQuote,omitempty"`

	purchase string // 新购, 增购…, for the CSV (purchaseType); the JSON has Kind and After
}

// NewExport describes q, priced from e on day, in lang.
func NewExport(e Estimate, q *Quote, lang Lang, day time.Time) Export {
	e.Format, e.Catalog, e.Lang = FormatVersion, q.CatalogVersion, lang
	if e.Lines == nil {
		e.Lines = []Line{}
	}
	if e.Date != "" && !q.QuoteDate.IsZero() { // the file keeps its quote date (R19)
		day = q.QuoteDate
	}
	x := Export{Estimate: e, Date: FormatDate(day), CatalogDate: q.CatalogDate, Quote: ExportQuote{
		Total: amountIf(q.HasTotal(), q.Total), ExcludesOnRequest: q.ExcludesOnRequest,
		Complete: q.Complete && q.HasTotal(), Lines: []ExportLine{},
	}}
	if q.HasAdditions && q.TermOK {
		x.Quote.Term, x.termText = q.Term.String(), q.Term.In(lang)
	}
	for _, te := range q.TermErrors {
		x.Quote.TermErrors = append(x.Quote.TermErrors, te.Detail(lang))
	}
	x.ExportDocument = newExportDocument(e, q, lang, day)
	// The number printed becomes the file's own: reopened, it prints the same.
	x.Estimate.Reference = x.ExportDocument.Reference
	for _, l := range q.Lines {
		xl := ExportLine{Item: l.Line.Item, Name: l.Line.Item, OnRequest: l.OnRequest && len(l.Errors) == 0, purchase: purchaseType(l, lang)}
		if l.Item != nil {
			xl.Name, xl.Kind = l.Item.FullName(lang), l.Kind
			if l.Industry != nil {
				xl.Name += " · " + l.Industry.Name.In(lang)
			}
		}
		if xl.OnRequest { // the CSV's quantity of on-request lines
			xl.Quantity, xl.Years = quantityOnRequest(l)
		}
		if l.Priced {
			amount, unit := l.Amount, l.UnitPrice
			xl.Quantity, xl.Amount, xl.UnitPrice, xl.Capped, xl.Working = l.Quantity, &amount, &unit, l.Capped, l.Working(lang)
			if l.Kind == KindNew {
				xl.Years = l.Years
			}
		}
		for _, le := range l.Errors {
			xl.Errors = append(xl.Errors, le.Detail(lang))
		}
		if l.List != q.CatalogVersion {
			xl.List = l.List
		}
		if l.ChangedSince {
			xl.BeforeOnQuote, xl.Before = true, amountIf(l.BeforePriced, l.Before)
		}
		exportPlanned(&xl, l, lang)
		x.Quote.Lines = append(x.Quote.Lines, xl)
	}
	x.Quote.Plan = exportPlan(q, lang)
	x.Quote.ListNote = q.ListNote(lang)
	if q.Earlier != nil {
		x.Quote.EarlierCatalog = q.Earlier.Version
	}
	return x
}

// JSON is the export as indented JSON.
func (x Export) JSON() []byte {
	b, _ := json.MarshalIndent(x, "", "  ") // cannot fail: strings, numbers and Money
	return append(escapeHiddenJSON(b), '\n')
}

// CSV is the export as a spreadsheet: a header, one row per line with its
// working, then the total; amounts to the fen without separators so a
// spreadsheet reads them as numbers. It starts with a UTF-8 byte-order mark,
// which Excel needs to read Chinese.
func (x Export) CSV() []byte {
	tr := x.Lang.Pick
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	w := safeCSV{csv.NewWriter(&b)} // no cell can run as a formula
	w.Write([]string{tr("价目表版本", "Price list"), x.Catalog, x.CatalogDate, tr("日期", "Date"), x.Date})
	if x.termText != "" {
		w.Write([]string{tr("剩余有效期", "Remaining term"), x.termText})
	}
	x.writeDocumentCSV(w, tr, x.Details)
	// A money column names its currency as AmountText writes it: 元, ¥.
	inCurrency := func(zh, en string) string { return tr(zh+"（"+Currency(ZH)+"）", en+" ("+Currency(EN)+")") }
	if x.Quote.ListNote != "" {
		w.Write([]string{x.Quote.ListNote})
	}
	// R19: the list of each amount, and the quote date's amount, in columns
	// of their own only when some line needs them.
	lists := false
	for _, l := range x.Quote.Lines {
		lists = lists || l.List != "" || l.BeforeOnQuote
	}
	header := []string{"#", tr("项目", "Item"), tr("购买方式", "Purchase type"), tr("数量", "Quantity"), tr("年限", "Years"),
		inCurrency("单价", "Unit price"), inCurrency("金额", "Amount"), tr("计算过程", "Working"), tr("问题", "Problems")}
	if lists {
		header = append(header, tr("价目表", "Price list"), inCurrency("报价日期金额", "Amount on the quote date"))
	}
	w.Write(header)
	for i, l := range x.Quote.Lines {
		row := []string{strconv.Itoa(i + 1), l.Name, l.purchase, "", "", "", "", l.Working, joinProblems(l.Errors)}
		if lists {
			list := l.List
			if list == "" {
				list = x.Catalog
			}
			row = append(row, list, "")
			if l.BeforeOnQuote {
				row[10] = fixedOrEmpty(l.Before)
			}
		}
		if l.Quantity > 0 {
			row[3] = strconv.FormatInt(l.Quantity, 10)
		}
		if l.Years > 0 {
			row[4] = strconv.FormatInt(l.Years, 10)
		}
		if l.UnitPrice != nil {
			row[5] = l.UnitPrice.Fixed()
		}
		switch {
		case l.Amount != nil:
			row[6] = l.Amount.Fixed()
		case l.OnRequest:
			row[6] = OnRequestText(x.Lang)
		}
		w.Write(row)
	}
	note := ""
	switch {
	case x.Quote.hasErrors():
		note = tr("不完整：有输入需要更正", "Incomplete: some inputs need correcting")
	case x.Quote.Total == nil && x.Quote.ExcludesOnRequest:
		note = tr("均为价格请联系架构师的项目，没有可合计的标价", "Every item is price on request: no list price to add up")
	case x.Quote.ExcludesOnRequest:
		note = tr("不含价格请联系架构师的项目", "Excludes price-on-request items")
	}
	w.Write(totalRow(tr("合计", "Total"), fixedOrEmpty(x.Quote.Total), "", note))
	if x.TotalInWords != "" { // as the printed quote writes it: 人民币玖仟玖佰玖拾元整
		w.Write(totalRow(tr("合计（大写）", "Total in words"), tr("人民币", "")+x.TotalInWords, "", ""))
	}
	x.writePlanCSV(w)
	w.Flush()
	return b.Bytes()
}

// totalRow is a row under the lines: a name, an amount in the amount
// column, its working and a note in the last two.
func totalRow(name, amount, working, note string) []string {
	return []string{"", name, "", "", "", "", amount, working, note}
}

// hasErrors reports an input error on the term or a line.
func (xq ExportQuote) hasErrors() bool {
	for _, l := range xq.Lines {
		if len(l.Errors) > 0 {
			return true
		}
	}
	return len(xq.TermErrors) > 0
}

// amountIf is m when it stands for something priced, else nil: JSON null
// and an empty CSV cell rather than a 0.00 that reads as free.
func amountIf(priced bool, m Money) *Money {
	if !priced {
		return nil
	}
	return &m
}

// fixedOrEmpty is a CSV amount cell: the amount to the fen, or nothing.
func fixedOrEmpty(m *Money) string {
	if m == nil {
		return ""
	}
	return m.Fixed()
}

func joinProblems(ps []string) string {
	var b bytes.Buffer
	for i, p := range ps {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p)
	}
	return b.String()
}
