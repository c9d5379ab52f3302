package pricing

import (
	"bytes"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// twentyEstimates are as varied as a device's: labels or none, both kinds of
// term, details, plans, and values typed wrong, which are kept as typed.
func twentyEstimates() []Estimate {
	var es []Estimate
	for i := range 20 {
		n := strconv.Itoa(i + 1)
		e := Estimate{Format: FormatVersion, Catalog: "2026-11", Lang: []Lang{ZH, EN}[i%2], Lines: []Line{}}
		if i%3 != 0 {
			e.Reference = "QD-261207-AB" + strings.Repeat(string(rune('A'+i)), 4)
		}
		if i%4 == 1 {
			e.Name = "客户 " + n + " & \"quotes\" <b>"
		}
		switch i % 3 {
		case 0:
			e.Term = Term{Years: "1", Months: Number(strconv.Itoa(i % 12))}
		case 1:
			e.Term = Term{Basis: ByDates, Expiry: "2028-05-27", From: "2026-12-0" + strconv.Itoa(1+i%9)}
		}
		for j := range i % 6 {
			e.Lines = append(e.Lines, Line{Item: "chat-basic", Mode: New, Quantity: Number(strconv.Itoa(5 + j)), Years: "2"})
		}
		if i%5 == 2 {
			e.Lines = append(e.Lines,
				Line{Item: "chat-basic", Mode: Planned, Quantity: "3", After: "6"},
				Line{Item: "knowledge-cloud", Quantity: "1", Industry: "education"},
				Line{Item: "pack-120k", Quantity: "2.5"}, Line{Item: "chat-basic", Quantity: "007", Years: " 1"})
		}
		if i%2 == 0 {
			e.Details = Details{Customer: "ACME " + n, Contact: "王五", Notes: "line one\nline two", ValidDays: "45"}
		}
		es = append(es, e)
	}
	return es
}

func TestBackupRoundTrip(t *testing.T) {
	es := twentyEstimates()
	data := EncodeEstimates(es)
	back, err := DecodeEstimates(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, es) {
		for i := range es {
			if i >= len(back) || !reflect.DeepEqual(back[i], es[i]) {
				t.Fatalf("estimate %d read back differs:\n got %+v\nwant %+v", i+1, back, es[i])
			}
		}
		t.Fatalf("read back %d estimates, want %d", len(back), len(es))
	}
	if again := EncodeEstimates(back); !bytes.Equal(again, data) {
		t.Error("written again, the backup differs")
	}
	// Each estimate in it is the file the page exports of it.
	if !bytes.Contains(data, bytes.ReplaceAll(EncodeEstimate(es[7]), []byte("\n"), []byte("\n    "))[:40]) {
		t.Error("the backup's estimates are not written as EncodeEstimate writes them")
	}

	// Nothing to back up is an empty list, which reads back as none.
	empty := EncodeEstimates(nil)
	if string(empty) != "{\n  \"format\": 1,\n  \"estimates\": []\n}\n" {
		t.Errorf("an empty backup: %q", empty)
	}
	if got, err := DecodeEstimates(empty); err != nil || len(got) != 0 {
		t.Errorf("an empty backup read as %v, %v", got, err)
	}
}

func TestBackupTolerates(t *testing.T) {
	for _, data := range []string{
		"\uFEFF" + `{"format":1,"estimates":[{"format":1,"lines":[]}]}`,
		`{"estimates":[{"format":1,"lines":[]}],"format":1}`,
		`{"format":1,"made":"2026-12-07","estimates":[{"format":1,"lines":[],"later":{"x":[1]}}]}`,
		`{"Format":1,"ESTIMATES":[{"format":1,"lines":[]}]}`,
	} {
		if es, err := DecodeEstimates([]byte(data)); err != nil || len(es) != 1 {
			t.Errorf("%s: %v, %v", data, es, err)
		}
	}
}

func TestBackupRefuses(t *testing.T) {
	one := `{"format":1,"lines":[{"item":"chat-basic","quantity":5,"years":2}]}`
	list := func(items ...string) string { return `{"format":1,"estimates":[` + strings.Join(items, ",") + `]}` }
	many := make([]string, MaxBackupEstimates+1)
	for i := range many {
		many[i] = `{"format":1,"lines":[]}`
	}
	huge := `{"format":1,"notes":"` + strings.Repeat("x", MaxEstimateBytes) + `","lines":[]}`
	cases := []struct {
		name   string
		data   string
		index  int
		line   int
		field  Field
		reason Reason
	}{
		{"a wrong type in the third estimate's second line", list(one, one, `{"format":1,"lines":[{"item":"chat-basic"},{"item":"chat-basic","quantity":true}]}`), 2, 1, FieldQuantity, WrongType},
		{"a bad reference", list(one, `{"format":1,"reference":"QD-x","lines":[]}`), 1, -1, FieldReference, BadReference},
		{"a newer estimate", list(`{"format":2,"lines":[]}`), 0, -1, FieldEstimate, NewerFormat},
		{"an estimate over the limit of one file", list(one, huge), 1, -1, FieldEstimate, InputTooLarge},
		{"too many lines", list(`{"format":1,"lines":[` + strings.Repeat(`{"item":"x"},`, MaxLines) + `{"item":"x"}]}`), 0, -1, FieldEstimate, BadFormat},
		{"an estimate that is no object", list(one, `[1]`), 1, -1, FieldEstimate, BadFormat},
		{"a key twice in an estimate", list(`{"format":1,"lines":[],"LINES":[]}`), 0, -1, FieldEstimate, DuplicateKey},
		{"too many estimates", list(many...), -1, -1, FieldBackup, TooManyEstimates},
		{"too large", `{"format":1,"estimates":[],"pad":"` + strings.Repeat("x", MaxBackupBytes) + `"}`, -1, -1, FieldBackup, InputTooLarge},
		{"a newer backup", `{"format":2,"estimates":[]}`, -1, -1, FieldBackup, NewerFormat},
		{"no format", `{"estimates":[]}`, -1, -1, FieldBackup, BadFormat},
		{"a format as text", `{"format":"1","estimates":[]}`, -1, -1, FieldBackup, WrongType},
		{"no list", `{"format":1}`, -1, -1, FieldBackup, BadFormat},
		{"one estimate, not a backup", one, -1, -1, FieldBackup, BadFormat},
		{"a list that is an object", `{"format":1,"estimates":{}}`, -1, -1, FieldBackup, WrongType},
		{"the list twice", `{"format":1,"estimates":[],"Estimates":[]}`, -1, -1, FieldBackup, DuplicateKey},
		{"not an object", `[]`, -1, -1, FieldBackup, BadFormat},
		{"cut short in the first estimate", list(one, one)[:60], 0, -1, FieldEstimate, BadFormat},
		{"cut short after it", list(one, one)[:len(list(one, one))-2], -1, -1, FieldBackup, BadFormat},
		{"more after it", list(one) + `{}`, -1, -1, FieldBackup, BadFormat},
		{"empty", ``, -1, -1, FieldBackup, BadFormat},
		{"a syntax error in an estimate", `{"format":1,"estimates":[{"format":1,"lines":[]},{"format":1,,}]}`, 1, -1, FieldEstimate, BadFormat},
	}
	for _, c := range cases {
		es, err := DecodeEstimates([]byte(c.data))
		var be *BackupError
		if !errors.As(err, &be) {
			t.Errorf("%s: %v, want a BackupError", c.name, err)
			continue
		}
		if es != nil || be.Index != c.index || be.Err.Line != c.line || be.Err.Field != c.field || be.Err.Reason != c.reason {
			t.Errorf("%s: estimate %d, line %d, %s, %s; want estimate %d, line %d, %s, %s",
				c.name, be.Index, be.Err.Line, be.Err.Field, be.Err.Reason, c.index, c.line, c.field, c.reason)
		}
		for _, lang := range []Lang{ZH, EN} {
			if d := be.Detail(lang); strings.Contains(d, string(c.reason)) || len(d) > 400 {
				t.Errorf("%s: %s message %q", c.name, lang, d)
			}
		}
	}
}

func TestBackupErrorMessages(t *testing.T) {
	_, err := DecodeEstimates([]byte(`{"format":1,"estimates":[{"format":1,"lines":[]},{"format":1,"lines":[{"item":"chat-basic","quantity":[5]}]}]}`))
	var be *BackupError
	if !errors.As(err, &be) {
		t.Fatal(err)
	}
	if got := be.Detail(ZH); got != "第 2 份估算，第1行 数量：应为数字，例如 3。" {
		t.Errorf("zh: %q", got)
	}
	if got := be.Detail(EN); got != "Estimate 2, line 1, quantity: Must be a number, such as 3." {
		t.Errorf("en: %q", got)
	}
	if got := err.Error(); got != "estimate 2: line 1: quantity: Must be a number, such as 3. (lines[0].quantity)" {
		t.Errorf("Error: %q", got)
	}
	_, err = DecodeEstimates([]byte(`{"format":1,"estimates":[` + strings.Repeat(`{"format":1,"lines":[]},`, MaxBackupEstimates) + `{}]}`))
	if !errors.As(err, &be) || be.Detail(ZH) != "备份文件：一个备份文件最多 500 份估算，未读取。" || be.Detail(EN) != "Backup file: A backup holds at most 500 estimates; it was not read." {
		t.Errorf("too many: %v", err)
	}
}
