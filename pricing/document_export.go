package pricing

import (
	"strconv"
	"time"
)

// ExportDocument is what the JSON and CSV exports carry of the printed
// quote, beside the estimate's details: the reference, the validity and the
// total in words.
type ExportDocument struct {
	Reference    string `json:"-"`                    // written as the estimate's own "reference" (NewExport)
	ValidDays    int64  `json:"validDays,omitempty"`  // 0 when the visitor's value cannot be read
	ValidUntil   string `json:"validUntil,omitempty"` // YYYY-MM-DD
	TotalInWords string `json:"totalInWords,omitempty"`
}

func newExportDocument(e Estimate, q *Quote, lang Lang, day time.Time) ExportDocument {
	d := NewDocument(e, q, lang, day)
	return ExportDocument{Reference: d.Reference, ValidDays: d.ValidDays, ValidUntil: d.ValidUntil, TotalInWords: d.TotalInWords}
}

// quantityOnRequest is the quantity and years of a price-on-request line
// without errors: known, though it has no amount (R11).
func quantityOnRequest(l LineQuote) (quantity, years int64) {
	if l.Kind == KindNew {
		years = l.Years
	}
	return l.Quantity, years
}

// writeDocumentCSV writes the CSV's header rows of the printed quote: the
// reference, the validity and the details given.
func (x Export) writeDocumentCSV(w safeCSV, tr func(zh, en string) string, d Details) {
	w.Write([]string{tr("报价单号", "Reference"), x.ExportDocument.Reference})
	if x.ValidDays > 0 {
		w.Write([]string{tr("有效期（天）", "Valid (days)"), strconv.FormatInt(x.ValidDays, 10), tr("有效期至", "Valid until"), x.ValidUntil})
	}
	customer, contact, notes, _ := d.printable()
	for _, f := range []struct{ zh, en, v string }{
		{"客户名称", "Customer", customer}, {"经办人", "Prepared by", contact}, {"备注", "Notes", notes},
	} {
		if f.v != "" {
			w.Write([]string{tr(f.zh, f.en), f.v})
		}
	}
}
