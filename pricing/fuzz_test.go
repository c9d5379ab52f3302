package pricing

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

// FuzzEstimate decodes and prices arbitrary bytes: nothing panics, and every
// quote is consistent: amounts ≥ 0 and to the fen, the total is the sum of the
// priced lines, and an incomplete quote names its errors.
func FuzzEstimate(f *testing.F) {
	for _, gc := range loadGoldenCases(f) {
		var e Estimate
		if json.Unmarshal(gc.Estimate, &e) == nil {
			f.Add(EncodeEstimate(e))
		}
	}
	f.Add([]byte(`{"format":1,"lines":[{"item":"chat-basic","quantity":"1e999"}]}`))
	f.Add([]byte(`{"format":1,"term":{"basis":"dates","expiry":"9999-12-31","from":"0001-01-01"},"lines":[{"item":"bot-standard","mode":"add","quantity":1}]}`))
	for _, seed := range hostileEstimates {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := DecodeEstimate(data)
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) || ie.Message(ZH) == "" || ie.Message(EN) == "" {
				t.Fatalf("refusal without a message: %v", err)
			}
			return
		}
		q := Default().Price(e, goldenToday)
		checkHarmlessOutput(t, e, &q)
		total := Money{}
		for _, l := range q.Lines {
			if l.Amount.Decimal().IsNegative() || !l.Amount.Decimal().Equal(l.Amount.Decimal().Round(2)) {
				t.Fatalf("amount %s", l.Amount.Decimal())
			}
			if l.Priced {
				total = total.Add(l.Amount)
				if l.Working(ZH) == "" || l.Working(EN) == "" {
					t.Fatal("a priced line has no working")
				}
			}
		}
		if !total.Equal(q.Total) {
			t.Fatalf("total %s, lines add to %s", q.Total, total)
		}
		if q.Complete != (len(q.Errors()) == 0) {
			t.Fatalf("complete=%v with %d errors", q.Complete, len(q.Errors()))
		}
		for _, e := range q.Errors() {
			if e.Message(ZH) == "" || e.Message(EN) == "" {
				t.Fatalf("error without a message: %#v", e)
			}
		}
	})
}

// FuzzTermBetween counts terms between arbitrary days: no panic, and a term
// is either an error or the least number of months reaching the expiry.
func FuzzTermBetween(f *testing.F) {
	base := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, gc := range loadGoldenCases(f) { // every by-dates golden case
		e, today := gc.estimate(f)
		if e.Term.Basis != ByDates {
			continue
		}
		from := today
		if e.Term.From != "" {
			from, _ = parseDate(e.Term.From)
		}
		expiry, _ := parseDate(e.Term.Expiry)
		f.Add(int64(from.Sub(base)/(24*time.Hour)), int64(expiry.Sub(from)/(24*time.Hour)))
	}
	f.Add(int64(0), int64(548))   // 2026-11-27 → 2028-05-27 style spans
	f.Add(int64(31), int64(28))   // from a 31st into February
	f.Add(int64(789), int64(365)) // around a leap day
	f.Add(int64(-1e6), int64(1e7))
	f.Fuzz(func(t *testing.T, fromDay, span int64) {
		if fromDay < -3e6 || fromDay > 3e6 || span < -4e6 || span > 4e6 {
			return // beyond year ±10000, which no date input produces
		}
		from := base.AddDate(0, 0, int(fromDay))
		expiry := from.AddDate(0, 0, int(span))
		term, err := TermBetween(from, expiry)
		if err != nil {
			if span > 0 && span < 3650 {
				t.Fatalf("%v + %d days: %v", from, span, err)
			}
			return
		}
		n := term.TotalMonths()
		if n < 1 || n > MaxYears*12 || term.Months > 11 {
			t.Fatalf("term %v", term)
		}
		if addMonths(from, n).Before(expiry) || !addMonths(from, n-1).Before(expiry) {
			t.Fatalf("%v → %v: %d months is not the least", from, expiry, n)
		}
	})
}

// FuzzParseCount reads arbitrary text as a count: no panic, and what is
// accepted is within bounds and reads back the same.
func FuzzParseCount(f *testing.F) {
	for _, s := range []string{"3", "３", "1,000", "2.5", "-3", "abc", "", "99999999999999999999", "+0.000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := parseCount(s, 0, FieldQuantity, 1, MaxQuantity)
		if err != nil {
			if err.Value != s || err.Message(ZH) == "" {
				t.Fatalf("%q: %#v", s, err)
			}
			return
		}
		if n < 1 || n > MaxQuantity {
			t.Fatalf("%q accepted as %d", s, n)
		}
	})
}

// hostileEstimates are inputs an attacker or a careless editor writes.
var hostileEstimates = []string{
	"\uFEFF" + `{"format":1,"lines":[{"item":"chat-basic","quantity":3,"years":1}]}`,
	`{"format":1,"lines":[{"item":"chat-basic","quantity":5,"quantity":500,"years":1}]}`,
	`{"format":1,"lines":[{"item":"chat-basic","quantity":5,"QUANTITY":500,"years":1}]}`,
	`{"format":1,"lines":[{"item":"chat-basic","quantity":5,"quantitſ":1}]}`,
	`{"format":1,"lines":[{"item":"x\u001b[2J\nTotal: 1.00 元\u009b\u202e","quantity":1}]}`,
	`{"format":1,"lines":[{"item":"=HYPERLINK(\"http://x\")","quantity":"+1"}]}`,
	`{"format":1,"lines":[{"item":"chat-basic","quantity":1e308,"years":99999999999999999999999}]}`,
	`{"format":1e400,"lines":[]}`,
	`{"format":1,"lines":[{"item":"chat-basic","quantity":{},"years":[]}],"term":{"basis":7}}`,
	`{"format":1,"x":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `,"lines":[]}`,
	`{"format":1,"lines":[null,{},{"item":null}]}`,
}

// checkHarmlessOutput prices e's quote into every output and checks that
// nothing from the input reaches a terminal or spreadsheet as it was.
func checkHarmlessOutput(t *testing.T, e Estimate, q *Quote) {
	t.Helper()
	var text bytes.Buffer
	WriteText(&text, q, EN)
	for _, r := range text.String() {
		if r != '\n' && hidden(r) {
			t.Fatalf("hidden %U in the text:\n%q", r, text.String())
		}
	}
	if got := strings.Count(text.String(), "\n"); got < len(q.Lines)+2 {
		t.Fatalf("the text has %d lines for %d estimate lines", got, len(q.Lines))
	}
	x := NewExport(e, q, EN, goldenToday)
	js := x.JSON()
	for _, r := range string(js) {
		if r != '\n' && hidden(r) {
			t.Fatalf("hidden %U in the JSON", r)
		}
	}
	if back, err := DecodeEstimate(js); err != nil || len(back.Lines) != len(e.Lines) {
		t.Fatalf("the JSON export does not read back: %v", err)
	}
	checkNoFormulaCells(t, x.CSV())
}
