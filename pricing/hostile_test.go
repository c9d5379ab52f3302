package pricing

import (
	"bytes"
	"encoding/csv"
	"errors"
	"strings"
	"testing"
)

// Hostile estimates: what a tampered file or link can do must be refused
// precisely or shown harmlessly, never priced as something else.

func TestDecodeEstimateAcceptsByteOrderMark(t *testing.T) {
	e, err := DecodeEstimate([]byte("\uFEFF" + `{"format":1,"lines":[{"item":"chat-basic","quantity":3,"years":1}]}`))
	if err != nil || len(e.Lines) != 1 {
		t.Fatalf("%+v, %v", e, err)
	}
}

func TestDecodeEstimateRefusesDuplicateKeys(t *testing.T) {
	cases := []struct{ json, path string }{
		{`{"format":1,"lines":[{"item":"chat-basic","quantity":5,"quantity":500,"years":1}]}`, "lines[0].quantity"},
		{`{"format":1,"lines":[{"item":"chat-basic","quantity":5,"QUANTITY":500,"years":1}]}`, "lines[0].QUANTITY"}, // json matches keys case-insensitively
		{`{"format":1,"term":{"years":1,"years":9},"lines":[{"item":"chat-basic","quantity":5,"years":1}]}`, "term.years"},
		{`{"format":1,"lines":[{"item":"pack-6m","quantity":1}],"lines":[]}`, "lines"},
		{`{"format":1,"lines":[{"item":"pack-6m","quantity":1}],"quote":{"x":[{},{"a":1,"a":2}]}}`, "quote.x[1].a"},
	}
	for _, c := range cases {
		_, err := DecodeEstimate([]byte(c.json))
		var ie *InputError
		if !errors.As(err, &ie) || !strings.Contains(ie.Detail(ZH), c.path) || !strings.Contains(ie.Detail(EN), c.path) {
			t.Errorf("%s: %v, want a refusal naming %s", c.json, err, c.path)
		}
	}
}

func TestDecodeEstimateWrongTypeNamesLineAndField(t *testing.T) {
	cases := []struct{ json, zh, en string }{
		{`{"format":1,"lines":[{"item":"chat-basic","quantity":3,"years":1},{"item":"chat-basic","quantity":{},"years":1}]}`, "第2行 数量", "Line 2, quantity"},
		{`{"format":1,"lines":[{"item":7,"quantity":3}]}`, "第1行 产品", "Line 1, item"},
		{`{"format":1,"lines":[{"item":"chat-basic","quantity":3,"years":[1]}]}`, "第1行 购买年限", "Line 1, years"},
		{`{"format":1,"term":{"months":true},"lines":[{"item":"chat-basic","quantity":3,"years":1}]}`, "剩余月数", "Months left"},
		{`{"format":1,"lines":[{"item":"chat-basic","quantity":3,"industry":false}]}`, "第1行 行业", "Line 1, industry"},
		{`{"format":1,"lines":{"item":"chat-basic"}}`, "估算", "Estimate"},
		{`{"format":1,"lines":[{"item":"chat-basic","quantity":5,"years":2},{"item":"chat-basic","mode":"plan","quantity":3,"after":true}]}`, "第2行 新购后月数", "Line 2, months after the purchase"},
		{`{"format":1,"details":{"customer":5},"lines":[{"item":"chat-basic","quantity":3,"years":1}]}`, "报价单信息", "Quote details"},
		{`{"format":1,"details":"x","lines":[{"item":"chat-basic","quantity":3,"years":1}]}`, "报价单信息", "Quote details"},
	}
	for _, c := range cases {
		_, err := DecodeEstimate([]byte(c.json))
		var ie *InputError
		if !errors.As(err, &ie) || !strings.HasPrefix(ie.Detail(ZH), c.zh) || !strings.HasPrefix(ie.Detail(EN), c.en) {
			t.Errorf("%s: %v, want %q / %q", c.json, err, c.zh, c.en)
		}
	}
}

func TestUnknownTermBasisNamesTheField(t *testing.T) {
	e := Estimate{Term: Term{Basis: "weeks", Years: "1"}, Lines: []Line{{Item: "chat-basic", Mode: Add, Quantity: "3"}}}
	q := Default().Price(e, goldenToday)
	if len(q.TermErrors) != 1 {
		t.Fatalf("term errors %v", q.TermErrors)
	}
	zh, en := q.TermErrors[0].Detail(ZH), q.TermErrors[0].Detail(EN)
	if !strings.Contains(zh, "填写方式") || !strings.Contains(zh, "weeks") || !strings.Contains(en, "basis") || !strings.Contains(en, "weeks") {
		t.Errorf("unknown basis: %q / %q", zh, en)
	}
}

// A blank line (no item chosen yet) keeps its place through a share link.
func TestLinkKeepsBlankLinesInPlace(t *testing.T) {
	e := Estimate{Lines: []Line{
		{},
		{Item: "chat-basic", Quantity: "5", Years: "2"},
		{Quantity: "3", Years: "1"},
		{Item: "pack-6m", Quantity: "1"},
	}}
	back, err := DecodeLink(EncodeLink(e))
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Lines) != len(e.Lines) {
		t.Fatalf("%d lines read back, want %d: %+v", len(back.Lines), len(e.Lines), back.Lines)
	}
	for i := range e.Lines {
		if back.Lines[i] != e.Lines[i] {
			t.Errorf("line %d: %+v, want %+v", i+1, back.Lines[i], e.Lines[i])
		}
	}
}

// Cells a spreadsheet would run as a formula start with a quote mark.
func TestExportCSVNeutralisesFormulas(t *testing.T) {
	ids := []string{`=HYPERLINK("http://x.example","click")`, "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"}
	var lines []Line
	for _, id := range ids {
		lines = append(lines, Line{Item: id, Quantity: "1"})
	}
	data := exportOf(t, Estimate{Lines: lines}, EN).CSV()
	checkNoFormulaCells(t, data)
	if !bytes.Contains(data, []byte(`'=HYPERLINK(`)) {
		t.Errorf("the unknown item is not kept, neutralised:\n%s", data)
	}
}

// Control characters from the input cannot draw in a terminal.
func TestWriteTextEscapesControls(t *testing.T) {
	e := Estimate{Lines: []Line{{Item: "x\x1b[2J\nTotal: 1.00 元\u009b\u202e", Quantity: "1"}}}
	q := Default().Price(e, goldenToday)
	var b bytes.Buffer
	if err := WriteText(&b, &q, EN); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.ContainsAny(out, "\x1b\u009b\u202e") || strings.Contains(out, "\nTotal: 1.00") {
		t.Errorf("raw control characters in:\n%q", out)
	}
	if !strings.Contains(out, `x\x1b[2J\nTotal`) {
		t.Errorf("the item is not shown escaped:\n%q", out)
	}
	js := NewExport(e, &q, EN, goldenToday).JSON()
	if bytes.ContainsAny(js, "\x1b\u009b\u202e") {
		t.Errorf("raw control characters in the JSON:\n%q", js)
	}
	back, err := DecodeEstimate(js)
	if err != nil || back.Lines[0].Item != e.Lines[0].Item {
		t.Errorf("the JSON does not read back the item as written: %v %q", err, back.Lines)
	}
}

// The reader takes exactly MaxEstimateBytes and refuses one byte more, whole.
func TestReadEstimateLimit(t *testing.T) {
	link := "v=1&l=pack-6m,,1"
	pad := func(n int) string { return link + strings.Repeat("&", n-len(link)) }
	if e, err := ReadEstimate(strings.NewReader(pad(MaxEstimateBytes))); err != nil || len(e.Lines) != 1 {
		t.Errorf("at the limit: %+v, %v", e, err)
	}
	e, err := ReadEstimate(strings.NewReader(pad(MaxEstimateBytes + 1)))
	var ie *InputError
	if !errors.As(err, &ie) || ie.Reason != InputTooLarge || len(e.Lines) != 0 {
		t.Errorf("over the limit: %+v, %v", e, err)
	}
	if !strings.Contains(ie.Detail(ZH), "1 MiB") || !strings.Contains(ie.Detail(EN), "1 MiB") {
		t.Errorf("message %q / %q", ie.Detail(ZH), ie.Detail(EN))
	}
}

func TestParseEstimateReadsJSONOrLink(t *testing.T) {
	for _, in := range []string{
		`{"format":1,"lines":[{"item":"pack-6m","quantity":1}]}`,
		"\uFEFF{\"format\":1,\"lines\":[{\"item\":\"pack-6m\",\"quantity\":1}]}\n",
		"https://calc.example/#v=1&l=pack-6m,,1\n",
		"\uFEFF  #v=1&l=pack-6m,,1",
		"v=1&l=pack-6m,,1",
	} {
		e, err := ParseEstimate([]byte(in))
		if err != nil || len(e.Lines) != 1 || e.Lines[0].Item != "pack-6m" {
			t.Errorf("%q: %+v, %v", in, e, err)
		}
	}
	for _, in := range []string{"", "hello", `{"format":1,"lines":[]}`, "#v=1"} {
		if _, err := ReadEstimate(strings.NewReader(in)); err == nil {
			t.Errorf("%q was read as an estimate to quote", in)
		}
	}
}

// checkNoFormulaCells fails if a cell of the CSV export data would start a
// formula in a spreadsheet.
func checkNoFormulaCells(t testing.TB, data []byte) {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF"))))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows {
		for _, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Fatalf("CSV cell %q can run as a formula", cell)
			}
		}
	}
}
