package pricing

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Money reads "9,990.00 元" in Chinese and "¥9,990.00" in English (issue 12),
// one form everywhere: AmountText writes it, and everything else calls it.
func TestAmountText(t *testing.T) {
	for _, c := range []struct {
		amount string
		lang   Lang
		want   string
	}{
		{"9990", ZH, "9,990.00 元"},
		{"9990", EN, "¥9,990.00"},
		{"4795.2", EN, "¥4,795.20"},
		{"0", EN, "¥0.00"},
		{"1080000", ZH, "1,080,000.00 元"},
		{"1080000", "fr", "1,080,000.00 元"}, // an unknown language reads as Chinese
	} {
		if got := AmountText(Yuan(mustDecimal(t, c.amount)), c.lang); got != c.want {
			t.Errorf("AmountText(%s, %s) = %q, want %q", c.amount, c.lang, got, c.want)
		}
	}
	if Currency(ZH) != "元" || Currency(EN) != "¥" {
		t.Errorf("currency %q %q", Currency(ZH), Currency(EN))
	}
}

// A list price reads as the source writes it in Chinese and with ¥ in English.
func TestUnitPriceText(t *testing.T) {
	cat := Default()
	for _, c := range []struct{ item, zh, en string }{
		{"chat-basic", "999元/用户/年", "¥999/user/yr"},
		{"bot-standard", "5,800元/个/年", "¥5,800/bot/yr"},
		{"pack-120k", "1,600元/套", "¥1,600/set"},
		{"bot-pro", "价格请联系架构师", "Price on request"}, // R11
	} {
		it := cat.Item(c.item)
		if it == nil {
			t.Fatalf("no item %s", c.item)
		}
		if got := UnitPriceText(it, ZH); got != c.zh {
			t.Errorf("%s zh %q, want %q", c.item, got, c.zh)
		}
		if got := UnitPriceText(it, EN); got != c.en {
			t.Errorf("%s en %q, want %q", c.item, got, c.en)
		}
	}
}

// Every English text the package writes for people, over every golden
// case and plan: the quote, the document, the CSV, the JSON's working, the
// timeline. None has 元 (the Chinese sign) and every ¥ stands before a
// number, but in the CSV's header.
func TestEnglishMoneyIsInYuanSign(t *testing.T) {
	var estimates []Estimate
	for _, gc := range loadGoldenCases(t) {
		e, _ := gc.estimate(t)
		estimates = append(estimates, e)
	}
	data, err := os.ReadFile(filepath.Join("testdata", "plans.json"))
	if err != nil {
		t.Fatal(err)
	}
	var plans []planCase
	if err := json.Unmarshal(data, &plans); err != nil {
		t.Fatal(err)
	}
	for _, c := range plans {
		estimates = append(estimates, c.Estimate)
	}
	sign := regexp.MustCompile(`¥[0-9]`)
	seen := 0
	for i, e := range estimates {
		q := Default().Price(e, goldenToday)
		var b bytes.Buffer
		if err := WriteText(&b, &q, EN); err != nil {
			t.Fatal(err)
		}
		if err := WriteDocument(&b, NewDocument(e, &q, EN, goldenToday)); err != nil {
			t.Fatal(err)
		}
		x := NewExport(e, &q, EN, goldenToday)
		csv := string(x.CSV())
		if !strings.Contains(csv, ",Unit price (¥),Amount (¥),") {
			t.Errorf("estimate %d: CSV header does not name ¥:\n%s", i, csv)
		}
		b.WriteString(strings.ReplaceAll(csv, "(¥)", "")) // the header names the sign alone
		b.Write(x.JSON())
		b.WriteString(q.Plan().Timeline(EN).Text)
		for _, m := range q.Plan().Timeline(EN).Marks {
			b.WriteString(m.Label + "\n")
		}
		s := b.String()
		if strings.Contains(s, "元") {
			t.Errorf("estimate %d: English has 元:\n%s", i, s)
		}
		if n := strings.Count(s, "¥"); n != len(sign.FindAllString(s, -1)) {
			t.Errorf("estimate %d: a ¥ not before a number:\n%s", i, s)
		}
		seen += strings.Count(s, "¥")
	}
	if seen == 0 {
		t.Fatal("no English amount written at all")
	}
}
