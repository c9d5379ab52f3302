package pricing

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocumentGolden pins the quote command's document for every golden
// case in both languages, with details on some of them.
func TestDocumentGolden(t *testing.T) {
	var golden bytes.Buffer
	cat := Default()
	for i, gc := range loadGoldenCases(t) {
		e, today := gc.estimate(t)
		switch i % 4 { // details on every other case, all of them on every fourth
		case 1:
			e.Details = Details{Customer: "某某科技有限公司", ValidDays: "15"}
		case 3:
			e.Details = Details{Customer: "ACME Ltd.", Contact: "李四", Notes: "含税价另计。\nPrices exclude tax.", ValidDays: "60"}
		}
		q := cat.Price(e, today)
		golden.WriteString("== " + gc.Name + " [" + gc.Rule + "]\n")
		for _, lang := range []Lang{ZH, EN} {
			if err := WriteDocument(&golden, NewDocument(e, &q, lang, today)); err != nil {
				t.Fatal(err)
			}
			golden.WriteByte('\n')
		}
	}
	path := filepath.Join("testdata", "documents.golden")
	if *update {
		if err := os.WriteFile(path, golden.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./pricing -run TestDocumentGolden -update)", err)
	}
	if !bytes.Equal(golden.Bytes(), want) {
		t.Errorf("documents differ from %s; review with -update and git diff:\n%s", path, firstDiff(golden.String(), string(want)))
	}
}

func TestDocument(t *testing.T) {
	e := Estimate{Term: Term{Years: "1", Months: "6"}, Lines: []Line{
		{Item: "chat-basic", Mode: New, Quantity: "5", Years: "2"},
		{Item: "chat-basic", Mode: Add, Quantity: "3"},
		{Item: "bot-pro", Mode: New, Quantity: "2", Years: "1"},
		{Item: "pack-120k", Quantity: "1"},
	}, Details: Details{Customer: "ACME", Contact: "\x1b[2J", ValidDays: "10"}}
	q := Default().Price(e, goldenToday)
	d := NewDocument(e, &q, ZH, goldenToday)

	rows := []string{
		"1|在线客服 基础版|新购|5个用户|2年|999.00|元/用户/年|9,990.00",
		"2|在线客服 基础版|增购|3个用户|剩余1年6个月|999.00|元/用户/年|4,795.20",
		"3|智能机器人 专业版|新购|2个机器人|1年|||价格请联系架构师",
		"4|会话充值包 12万条|一次性购买|1套||1,600.00|元/套|1,600.00",
	}
	for i, r := range d.Rows {
		got := strings.Join([]string{itoa(int64(r.Number)), r.Product, r.Purchase, r.Quantity, r.Term, r.UnitPrice, r.Per, r.Amount}, "|")
		if i >= len(rows) || got != rows[i] {
			t.Errorf("row %d: %s", i+1, got)
		}
	}
	if len(d.Rows) != len(rows) || d.Rows[1].Working != q.Lines[1].Working(ZH) || d.Rows[2].Working != "" || !d.Rows[2].OnRequest {
		t.Errorf("rows %+v", d.Rows)
	}
	// The total in words is the rounded total's (R16); on-request rows are not in it (R11).
	if d.Total.Fixed() != "16385.20" || d.TotalInWords != "壹万陆仟叁佰捌拾伍元贰角整" || !d.ExcludesOnRequest {
		t.Errorf("total %s %q", d.Total, d.TotalInWords)
	}
	// The contact holds a terminal escape: left out and reported; the rest is printed.
	if d.Customer != "ACME" || d.Contact != "" || len(d.Problems) != 1 || d.Problems[0].Field != DetailContact {
		t.Errorf("details %q %q %v", d.Customer, d.Contact, d.Problems)
	}
	if d.ValidDays != 10 || d.ValidUntil != "2026-12-07" || d.Reference != Reference(e, &q) {
		t.Errorf("validity %d %s, reference %s", d.ValidDays, d.ValidUntil, d.Reference)
	}
	// Each rule that applies gives its term: list prices, proration, no refunds, packs, on request, validity.
	if len(d.Terms) != 6 {
		t.Errorf("%d terms: %q", len(d.Terms), d.Terms)
	}

	// An incomplete quote prints no total in words: its total is not the estimate's.
	e.Lines[0].Quantity = "x"
	q = Default().Price(e, goldenToday)
	if d := NewDocument(e, &q, EN, goldenToday); d.TotalInWords != "" || d.Complete || len(d.Rows[0].Problems) != 1 {
		t.Errorf("incomplete: %q %v %v", d.TotalInWords, d.Complete, d.Rows[0].Problems)
	}
	// A validity that cannot be read prints none, rather than a default.
	e.Details.ValidDays = "0"
	if d := NewDocument(e, &q, EN, goldenToday); d.ValidDays != 0 || d.ValidUntil != "" || strings.Contains(strings.Join(d.Terms, " "), "valid") {
		t.Errorf("bad validity printed: %d %q %q", d.ValidDays, d.ValidUntil, d.Terms)
	}
}

// The format 1 fixture (link_test.go) prints as it priced, with the default validity.
func TestDocumentOfFormat1Fixture(t *testing.T) {
	e, err := DecodeLink("v=1&c=2026-11&lang=zh-CN&t=1,6&l=chat-basic,new,5,2&l=chat-basic,add,3")
	if err != nil {
		t.Fatal(err)
	}
	q := Default().Price(e, goldenToday)
	d := NewDocument(e, &q, ZH, goldenToday)
	if d.TotalInWords != "壹万肆仟柒佰捌拾伍元贰角整" || d.ValidDays != DefaultValidDays || d.Customer != "" || len(d.Problems) != 0 {
		t.Errorf("%+v", d)
	}
}

// The exports carry the details, the reference, the validity and the total
// in words; the CSV gives an on-request line's quantity (R11).
func TestExportCarriesDocument(t *testing.T) {
	e := Estimate{Lines: []Line{
		{Item: "chat-basic", Mode: New, Quantity: "5", Years: "2"},
		{Item: "bot-pro", Mode: New, Quantity: "2", Years: "1"},
	}, Details: Details{Customer: "ACME, Ltd.", Notes: "a\nb", ValidDays: "20"}}
	x := exportOf(t, e, ZH)
	var raw struct {
		Details      Details `json:"details"`
		Reference    string  `json:"reference"`
		ValidUntil   string  `json:"validUntil"`
		TotalInWords string  `json:"totalInWords"`
		Quote        struct {
			Lines []struct {
				Quantity int64 `json:"quantity"`
				Years    int64 `json:"years"`
			} `json:"lines"`
		} `json:"quote"`
	}
	if err := json.Unmarshal(x.JSON(), &raw); err != nil {
		t.Fatal(err)
	}
	q := Default().Price(e, goldenToday)
	if raw.Details != e.Details || raw.Reference != Reference(e, &q) || raw.ValidUntil != "2026-12-17" || raw.TotalInWords != "玖仟玖佰玖拾元整" {
		t.Errorf("JSON: %+v", raw)
	}
	if l := raw.Quote.Lines[1]; l.Quantity != 2 || l.Years != 1 {
		t.Errorf("on-request line: %+v", l)
	}
	// The JSON still opens as the estimate, details and all.
	if back, err := DecodeEstimate(x.JSON()); err != nil || back.Details != e.Details {
		t.Errorf("read back: %+v, %v", back.Details, err)
	}

	csv := string(x.CSV())
	// A line break in the notes is escaped, as every hidden character in a cell (printable.go).
	for _, want := range []string{"报价单号," + raw.Reference + "\n", "有效期（天）,20,有效期至,2026-12-17\n", "客户名称,\"ACME, Ltd.\"\n", `备注,a\nb` + "\n",
		"2,智能机器人 专业版,新购,2,1,,价格请联系架构师,", ",合计（大写）,,,,,人民币玖仟玖佰玖拾元整,,\n"} {
		if !strings.Contains(csv, want) {
			t.Errorf("CSV lacks %q:\n%s", want, csv)
		}
	}
}

// A planned addition (R14) says when it is bought.
func TestDocumentPlannedAddition(t *testing.T) {
	e := Estimate{Lines: []Line{{Item: "chat-basic", Mode: New, Quantity: "5", Years: "2"}, {Item: "chat-basic", Mode: Planned, Quantity: "3", After: "6"}}}
	q := Default().Price(e, goldenToday)
	for lang, want := range map[Lang]string{ZH: "计划增购（第6个月）|剩余1年6个月|4,795.20", EN: "Planned addition (month 6)|1 year 6 months left|4,795.20"} {
		r := NewDocument(e, &q, lang, goldenToday).Rows[1]
		if got := r.Purchase + "|" + r.Term + "|" + r.Amount; got != want {
			t.Errorf("%s: %s, want %s", lang, got, want)
		}
	}
}

// Notes are the visitor's text: a line break in them cannot start a line of
// the quote command's output that reads as the total (issue 33, finding 7).
func TestNotesCannotForgeATotalLine(t *testing.T) {
	e := Estimate{Lines: []Line{{Item: "chat-basic", Quantity: "5", Years: "2"}}}
	for _, lang := range []Lang{ZH, EN} {
		forged := lang.Pick("合计：0.00 元", "Total: ¥0.00")
		e.Details.Notes = "first line\n" + forged + "\n\n  " + forged
		q := Default().Price(e, goldenToday)
		var b bytes.Buffer
		if err := WriteDocument(&b, NewDocument(e, &q, lang, goldenToday)); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(b.String(), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), forged) {
				t.Errorf("%s: the notes print a line %q:\n%s", lang, line, b.String())
			}
		}
		if !strings.Contains(b.String(), `first line\n`+forged) {
			t.Errorf("%s: the notes are not printed with the line break escaped:\n%s", lang, b.String())
		}
	}
}
