package pricing

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func exportOf(t *testing.T, e Estimate, lang Lang) Export {
	t.Helper()
	q := Default().Price(e, goldenToday)
	return NewExport(e, &q, lang, goldenToday)
}

// The JSON export reads back as the same estimate, and carries the quote.
func TestExportJSONRoundTrip(t *testing.T) {
	e := Estimate{Term: Term{Years: "1", Months: "6"}, Lines: []Line{
		{Item: "chat-basic", Mode: New, Quantity: "5", Years: "2"},
		{Item: "chat-basic", Mode: Add, Quantity: "3"},
		{Item: "bot-pro", Quantity: "1", Years: "1"},
	}}
	data := exportOf(t, e, ZH).JSON()
	back, err := DecodeEstimate(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Lines) != 3 || back.Lines[1] != e.Lines[1] || back.Term != e.Term || back.Catalog != Default().Version {
		t.Fatalf("read back %+v", back)
	}
	var raw struct {
		Date  string `json:"date"`
		Quote struct {
			Term  string `json:"term"`
			Total string `json:"total"`
			Lines []struct {
				Amount  *string `json:"amount"`
				Working string  `json:"working"`
			} `json:"lines"`
			ExcludesOnRequest bool `json:"excludesOnRequest"`
		} `json:"quote"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	if raw.Date != "2026-11-27" || raw.Quote.Term != "1y6m" || raw.Quote.Total != "14785.20" || !raw.Quote.ExcludesOnRequest {
		t.Errorf("quote part: %+v", raw)
	}
	if *raw.Quote.Lines[1].Amount != "4795.20" || !strings.HasSuffix(raw.Quote.Lines[1].Working, "= 4,795.20 元") || raw.Quote.Lines[2].Amount != nil {
		t.Errorf("lines: %+v", raw.Quote.Lines)
	}
}

func TestExportCSV(t *testing.T) {
	e := Estimate{Term: Term{Years: "1", Months: "6"}, Lines: []Line{
		{Item: "chat-basic", Mode: Add, Quantity: "3"},
		{Item: "pack-120k", Quantity: "0"},
	}}
	data := exportOf(t, e, EN).CSV()
	if !bytes.HasPrefix(data, []byte("\uFEFF")) {
		t.Error("no byte-order mark for Excel")
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF"))))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"Price list", "2026-11", "2026-11-27", "Date", "2026-11-27"},
		{"Remaining term", "1 year 6 months"},
		{"Reference", "QD-K3NT-YL7G"}, {"Valid (days)", "30", "Valid until", "2026-12-27"}, // document_export.go
		{"#", "Item", "Purchase type", "Quantity", "Years", "Unit price (¥)", "Amount (¥)", "Working", "Problems"},
		{"1", "Online chat Basic", "Addition", "3", "", "999.00", "4795.20", "3 users × 1 yr × ¥999/user/yr + 3 users × 6 mo × ¥999/10/user/mo = ¥4,795.20", ""},
		{"2", "Session top-up pack 120k sessions", "One-time", "", "", "", "", "", "Line 2, quantity: Must be at least 1."},
		{"", "Total", "", "", "", "", "4795.20", "", "Incomplete: some inputs need correcting"},
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d:\n%s", len(rows), len(want), data)
	}
	for i := range want {
		if strings.Join(rows[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d:\n got %q\nwant %q", i, rows[i], want[i])
		}
	}
}

// An estimate of price-on-request items only has no total: no zero in
// figures or words anywhere it is written, and its exports are not
// complete, though nothing in it is wrong (issue 33, finding 3).
func TestNothingPricedIsNoZero(t *testing.T) {
	for _, e := range []Estimate{
		{Lines: []Line{{Item: "bot-pro", Quantity: "1", Years: "1"}}},
		{Lines: []Line{ // a plan: each payment and renewal on request too
			{Item: "bot-pro", Quantity: "1", Years: "1"},
			{Item: "bot-pro", Mode: Planned, Quantity: "1", After: "6"},
		}},
	} {
		q := Default().Price(e, goldenToday)
		if len(q.Errors()) > 0 {
			t.Fatalf("%v: the estimate should be valid: %v", e.Lines, q.Err())
		}
		for _, lang := range []Lang{ZH, EN} {
			var doc bytes.Buffer
			d := NewDocument(e, &q, lang, goldenToday)
			if err := WriteDocument(&doc, d); err != nil {
				t.Fatal(err)
			}
			x := NewExport(e, &q, lang, goldenToday)
			js, csvData := x.JSON(), x.CSV()
			for name, out := range map[string]string{"document": doc.String(), "JSON": string(js), "CSV": string(csvData)} {
				for _, zero := range []string{"零元", "zero", "0.00", "Zero"} {
					if strings.Contains(out, zero) {
						t.Errorf("%s %s of %d lines says %q:\n%s", lang, name, len(e.Lines), zero, out)
					}
				}
			}
			if d.TotalInWords != "" || d.TotalFigure(true) != "—" {
				t.Errorf("%s document: total %q in words %q", lang, d.TotalFigure(true), d.TotalInWords)
			}
			why := lang.Pick("均为价格请联系架构师", "every item is price on request")
			if !strings.Contains(doc.String(), why) {
				t.Errorf("%s document does not say why there is no total (%q):\n%s", lang, why, doc.String())
			}
			var raw struct {
				Quote map[string]json.RawMessage `json:"quote"`
			}
			if err := json.Unmarshal(js, &raw); err != nil {
				t.Fatal(err)
			}
			if string(raw.Quote["total"]) != "null" || string(raw.Quote["complete"]) != "false" {
				t.Errorf("%s JSON: total %s complete %s, want null and false", lang, raw.Quote["total"], raw.Quote["complete"])
			}
			r := csv.NewReader(bytes.NewReader(csvData))
			r.FieldsPerRecord = -1 // the header rows are shorter
			rows, err := r.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			amount := -1 // the amount column, as the header names it
			for _, r := range rows {
				if r[0] == "#" {
					amount = slices.Index(r, lang.Pick("金额（元）", "Amount (¥)"))
				}
				if r[0] == "" && amount > 0 && len(r) > amount && r[1] == lang.Pick("合计", "Total") && r[amount] == "" {
					amount = -2 // found, empty
				}
			}
			if amount != -2 {
				t.Errorf("%s CSV: no total row with an empty amount:\n%q", lang, rows)
			}
		}
	}
}

// The CSV says how each line is bought, as the working text and the printed
// quote do, and writes the amount in words as the printed quote does, after
// 人民币 (issue 30, item 8).
func TestExportCSVPurchaseType(t *testing.T) {
	e := Estimate{Term: Term{Years: "1", Months: "6"}, Lines: []Line{
		{Item: "chat-basic", Mode: New, Quantity: "5", Years: "2"},
		{Item: "chat-basic", Mode: Add, Quantity: "3"},
		{Item: "chat-basic", Mode: Planned, Quantity: "3", After: "6"},
		{Item: "pack-120k", Quantity: "1"},
		{Item: "chat-basic", Mode: "lease", Quantity: "3"}, // an unknown mode names no type
	}}
	for _, c := range []struct {
		lang   Lang
		header string
		types  []string
	}{
		{ZH, "购买方式", []string{"新购", "增购", "计划增购", "一次性购买", ""}},
		{EN, "Purchase type", []string{"New purchase", "Addition", "Planned addition", "One-time", ""}},
	} {
		r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(exportOf(t, e, c.lang).CSV(), []byte("\uFEFF"))))
		r.FieldsPerRecord = -1
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		head := -1
		for i, row := range rows {
			if row[0] == "#" {
				head = i
			}
		}
		if head < 0 || len(rows[head]) < 3 || rows[head][2] != c.header {
			t.Fatalf("%s: no column %q after the item:\n%q", c.lang, c.header, rows)
		}
		for i, want := range c.types {
			if row := rows[head+1+i]; row[2] != want {
				t.Errorf("%s line %d: purchase type %q, want %q (%q)", c.lang, i+1, row[2], want, row)
			}
		}
	}

	// The words follow 人民币 in Chinese, as on the printed quote; English words say "yuan".
	complete := Estimate{Lines: e.Lines[:1]}
	for lang, want := range map[Lang]string{ZH: ",合计（大写）,,,,,人民币玖仟玖佰玖拾元整,,\n", EN: ",Total in words,,,,,nine thousand nine hundred ninety yuan,,\n"} {
		if data := string(exportOf(t, complete, lang).CSV()); !strings.Contains(data, want) {
			t.Errorf("%s: CSV lacks %q:\n%s", lang, want, data)
		}
	}
}
