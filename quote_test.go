//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goldenCase is one of pricing's hand-worked cases: the command must agree with them.
type goldenCase struct {
	Name     string          `json:"name"`
	Estimate json.RawMessage `json:"estimate"`
	Want     struct {
		Total      string `json:"total"`
		Incomplete bool   `json:"incomplete"`
	} `json:"want"`
}

func goldenCases(t *testing.T) []goldenCase {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("pricing", "testdata", "cases.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldenCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

func TestQuoteCommandOnGoldenCases(t *testing.T) {
	for _, c := range goldenCases(t) {
		est := bytes.Replace(c.Estimate, []byte("{"), []byte(`{"format":1,`), 1)
		var out bytes.Buffer
		err := quote([]string{"-json", "-today", "2026-11-27", "-"}, bytes.NewReader(est), &out)
		if (err != nil) != c.Want.Incomplete {
			t.Errorf("%s: error %v, want incomplete=%v", c.Name, err, c.Want.Incomplete)
		}
		var x struct {
			Quote struct {
				Total    *string `json:"total"`
				Complete bool    `json:"complete"`
			} `json:"quote"`
		}
		if err := json.Unmarshal(out.Bytes(), &x); err != nil {
			t.Fatalf("%s: %v\n%s", c.Name, err, out.String())
		}
		// No line priced: the case's total is 0.00, which the export writes
		// as null, never as a zero, and not complete (issue 33).
		total, complete := "0.00", !c.Want.Incomplete && x.Quote.Total != nil
		if x.Quote.Total != nil {
			total = *x.Quote.Total
		}
		if total != c.Want.Total || x.Quote.Complete != complete || total == "0.00" && x.Quote.Total != nil {
			t.Errorf("%s: total %v complete %v, want %s", c.Name, x.Quote.Total, x.Quote.Complete, c.Want.Total)
		}
	}
}

func TestQuoteCommandText(t *testing.T) {
	var out bytes.Buffer
	link := "https://calc.example/#v=1&t=1,6&l=chat-basic,new,5,2&l=chat-basic,add,3\n"
	if err := quote([]string{"-lang", "en", "-"}, strings.NewReader(link), &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{": ¥9,990.00", "= ¥4,795.20", "Total: ¥14,785.20", "Remaining term: 1 year 6 months"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestQuoteCommandBadInput(t *testing.T) {
	cases := []struct{ in, want string }{
		{`{"format":1,"lines":[{"item":"chat-basic","quantity":2,"years":1}]}`, "第1行 数量：新购最低 3个用户起售。"},
		{`{"format":1,"lines":[{"item":"chat-pro","quantity":3,"years":1},{"item":"chat-pro","quantity":3,"years":1}]}`, "第2行 产品：同一企业或经办人限购一套"},
		{`{"format":1,"lines":[`, "JSON syntax error"},
		{`{"format":7,"lines":[]}`, "更新版本"},
		{`{"format":7,"lines":[],"lang":"en"}`, "更新版本"}, // not read, so its language is unknown
		{`not json`, "无法读取"},
	}
	for _, c := range cases {
		var out bytes.Buffer
		err := quote([]string{"-"}, strings.NewReader(c.in), &out)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one saying %q", c.in, err, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{
		{`{"format":7,"lines":[]}`, "newer calculator"},
		{`not json`, "cannot be read"},
		{`{"format":1,"lines":[{"item":"chat-basic","quantity":2,"years":1}]}`, "Line 1, quantity: A new purchase needs at least 3 users."},
	} {
		var out bytes.Buffer
		err := quote([]string{"-lang", "en", "-"}, strings.NewReader(c.in), &out)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one saying %q", c.in, err, c.want)
		}
	}
	if err := quote([]string{"-today", "tomorrow", "-"}, strings.NewReader("{}"), &bytes.Buffer{}); err == nil {
		t.Error("a bad -today was accepted")
	}
	if err := quote([]string{filepath.Join(t.TempDir(), "missing.json")}, nil, &bytes.Buffer{}); err == nil {
		t.Error("a missing file was accepted")
	}
}

// The text is the printed quote: header, details, rows, total in words, terms.
func TestQuoteCommandDocument(t *testing.T) {
	var out bytes.Buffer
	link := "#v=1&t=1,6&customer=%E6%9F%90%E6%9F%90%E7%A7%91%E6%8A%80&valid=15&l=chat-basic,new,5,2&l=chat-basic,add,3\n"
	if err := quote([]string{"-today", "2026-11-27", "-"}, strings.NewReader(link), &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"报价单\n", "卖方：腾讯企点客服", "报价单号：QD-", "客户名称：某某科技", "有效期：15 天（至 2026-12-12）",
		"｜新购｜5个用户｜2年｜", "｜增购｜3个用户｜剩余1年6个月｜", "合计：14,785.20 元", "合计（大写）：人民币壹万肆仟柒佰捌拾伍元贰角整", "说明："} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	// A detail that cannot be printed fails the command, named in the output's language.
	out.Reset()
	err := quote([]string{"-lang", "en", "-"}, strings.NewReader("v=1&valid=400&l=pack-6m,,1"), &out)
	if err == nil || !strings.Contains(err.Error(), "Validity (days): Must be at most 365.") {
		t.Errorf("error %v", err)
	}
}

// padLink is a share link of one line with "&" padding to size bytes, and a
// second line after the padding: a reader that cuts the input loses it.
func padLink(size int) string {
	head := "v=1&l=chat-basic,new,5,2"
	tail := "&l=chat-basic,new,90,10"
	return head + strings.Repeat("&", size-len(head)-len(tail)) + tail
}

// Input over the limit is refused, from standard input and from a file alike,
// never priced as a shorter estimate.
func TestQuoteCommandRefusesInputOverLimit(t *testing.T) {
	big := padLink(3 << 20)
	var out bytes.Buffer
	err := quote([]string{"-lang", "en", "-"}, strings.NewReader(big), &out)
	if err == nil || !strings.Contains(err.Error(), "larger than") || out.Len() != 0 {
		t.Errorf("stdin over the limit: error %v, output %q", err, out.String())
	}
	name := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(name, []byte(big), 0o600); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	err = quote([]string{"-lang", "en", name}, nil, &out)
	if err == nil || !strings.Contains(err.Error(), "larger than") || out.Len() != 0 {
		t.Errorf("file over the limit: error %v, output %q", err, out.String())
	}
	// An endless file is refused after the limit, not read forever.
	if _, err := os.Stat("/dev/zero"); err == nil {
		if err := quote([]string{"/dev/zero"}, nil, &bytes.Buffer{}); err == nil {
			t.Error("/dev/zero was accepted")
		}
	}
	// Just under the limit is read whole: both lines are priced.
	out.Reset()
	if err := quote([]string{"-lang", "en", "-"}, strings.NewReader(padLink(1<<20)), &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "2. Online chat Basic") {
		t.Errorf("a link at the limit lost its last line:\n%s", out.String())
	}
}

// An item id cannot draw in the terminal: control characters and ANSI
// escapes are printed escaped, in the quote and in its errors.
func TestQuoteCommandEscapesControls(t *testing.T) {
	link := "v=1&l=" + url.QueryEscape("x\x1b[1A\x1b[2K\nTotal: 1.00 元\u009b") + ",,1"
	for _, args := range [][]string{{"-"}, {"-json", "-"}, {"-csv", "-"}} {
		var out bytes.Buffer
		err := quote(args, strings.NewReader(link), &out)
		if err == nil {
			t.Fatalf("%v: an unknown item was accepted", args)
		}
		for _, s := range []string{out.String(), err.Error()} {
			if strings.ContainsAny(s, "\x1b\u009b") || strings.Contains(s, "\nTotal: 1.00") {
				t.Errorf("%v: raw control characters in %q", args, s)
			}
		}
	}
}

func TestQuoteCommandCSVNeutralisesFormulas(t *testing.T) {
	var out bytes.Buffer
	link := "v=1&l=" + url.QueryEscape(`=HYPERLINK("http://x.example")`) + ",,1"
	quote([]string{"-csv", "-"}, strings.NewReader(link), &out)
	if !strings.Contains(out.String(), `"'=HYPERLINK(`) {
		t.Errorf("the formula is not neutralised:\n%s", out.String())
	}
}

func TestQuoteCommandHostileJSON(t *testing.T) {
	cases := []struct {
		args []string
		in   string
		want string // in the error; "" for success
	}{
		{[]string{"-"}, "\uFEFF" + `{"format":1,"lines":[{"item":"chat-basic","quantity":5,"years":1}]}`, ""},
		{[]string{"-"}, `{"format":1,"lines":[{"item":"chat-basic","quantity":5,"quantity":500,"years":1}]}`, "lines[0].quantity"},
		{[]string{"-"}, `{"format":1,"lines":[{"item":"chat-basic","quantity":5,"years":1},{"item":"chat-basic","quantity":"5","years":{}}]}`, "第2行 购买年限"},
		{[]string{"-lang", "en", "-"}, `{"format":1,"lines":[{"item":"chat-basic","quantity":5,"years":1},{"item":"chat-basic","quantity":true,"years":1}]}`, "Line 2, quantity"},
		{[]string{"-lang", "en", "-"}, `{"format":1,"term":{"basis":"weeks"},"lines":[{"item":"chat-basic","mode":"add","quantity":5}]}`, "basis"},
		{[]string{"-"}, `{"format":1,"lines":[]}`, "没有"},
		{[]string{"-lang", "en", "-"}, `{"format":1}`, "no items"},
		{[]string{"-lang", "en", "-"}, `https://calc.example/#v=1`, "no items"},
	}
	for _, c := range cases {
		var out bytes.Buffer
		err := quote(c.args, strings.NewReader(c.in), &out)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", c.in, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: error %v, want one saying %q", c.in, err, c.want)
		case c.want != "" && c.want != "basis" && out.Len() > 0: // refused when read: nothing priced
			t.Errorf("%s: a refused estimate printed a quote:\n%s", c.in, out.String())
		}
	}
}

// An estimate of price-on-request items only is valid (exit status 0) but
// has no total: the command says why and prints no zero in any format
// (issue 33, finding 3).
func TestQuoteCommandOnRequestOnly(t *testing.T) {
	est := `{"format":1,"lines":[{"item":"bot-pro","quantity":1,"years":1}]}`
	for _, args := range [][]string{{}, {"-lang", "en"}, {"-json"}, {"-csv"}, {"-csv", "-lang", "en"}} {
		var out bytes.Buffer
		err := quote(append(append([]string{"-today", "2026-11-27"}, args...), "-"), strings.NewReader(est), &out)
		if err != nil {
			t.Errorf("%v: %v, want exit status 0", args, err)
		}
		for _, zero := range []string{"零元整", "zero yuan", "0.00"} {
			if strings.Contains(out.String(), zero) {
				t.Errorf("%v: the output says %q:\n%s", args, zero, out.String())
			}
		}
		if len(args) == 0 && !strings.Contains(out.String(), "合计：—（均为价格请联系架构师的项目") {
			t.Errorf("the quote does not say why it has no total:\n%s", out.String())
		}
		if len(args) > 0 && args[0] == "-json" && !strings.Contains(out.String(), `"total": null`) {
			t.Errorf("the JSON has a total:\n%s", out.String())
		}
	}
}

// quote's -h and a missing FILE print the usage every command shares, then
// quote's flags and what it reads (issue 31: quote built its own flag set).
func TestQuoteCommandUsage(t *testing.T) {
	var out strings.Builder
	stderr = &out
	defer func() { stderr = os.Stderr }()
	for _, args := range [][]string{{"quote", "-h"}, {"quote"}, {"quote", "-json", "-csv", "x.json"}} {
		out.Reset()
		err := run(args)
		if help := len(args) > 1 && args[1] == "-h"; help && !errors.Is(err, flag.ErrHelp) || !help && err == nil {
			t.Errorf("%q: %v", args, err)
		}
		for _, want := range []string{"qidian-calculator [serve]", "qidian-calculator static", "qidian-calculator quote",
			"flags of quote:", "-json", "-today", "FILE is an estimate JSON", "1 MiB"} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("%q: usage lacks %q:\n%s", args, want, out.String())
			}
		}
	}
}
