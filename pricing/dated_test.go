package pricing

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// withFixture is the shipped list and the test fixture after it: online
// chat Basic at 1,099 from 2027-01-01 (testdata/pricelists).
func withFixture(t testing.TB) PriceLists {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "pricelists", "catalog-2027-01.json"))
	if err != nil {
		t.Fatal(err)
	}
	later, err := ParseCatalog(data)
	if err != nil {
		t.Fatal(err)
	}
	ls, err := NewPriceLists(Default(), later)
	if err != nil {
		t.Fatal(err)
	}
	return ls
}

func date(s string) time.Time {
	d, err := parseDate(s)
	if err != nil {
		panic(s)
	}
	return d
}

// datedCase is an estimate priced on a day by the fixture lists, and the
// amounts it must give: worked out by hand from R6, R7, R14, R15 and R19.
type datedCase struct {
	name, link, today string
	lines             []string // each line's amount, and "was X" when it shows the quote date's
	total             string
	list              string // the quote's list
	renewals          []string
}

var datedCases = []datedCase{
	{
		name: "dated before the change and still valid: the old prices hold", link: "v=1&d=2026-12-20&l=chat-basic,new,5,2",
		today: "2027-01-10", lines: []string{"9990.00"}, total: "9990.00", list: "2026-11",
	},
	{
		name: "the same estimate after its validity: today's prices, the old beside them", link: "v=1&d=2026-12-20&l=chat-basic,new,5,2",
		today: "2027-01-20", lines: []string{"10990.00 was 9990.00"}, total: "10990.00", list: "2027-01",
	},
	{
		name: "a longer validity keeps the old prices longer", link: "v=1&d=2026-12-20&valid=60&l=chat-basic,new,5,2",
		today: "2027-02-10", lines: []string{"9990.00"}, total: "9990.00", list: "2026-11",
	},
	{
		name: "unchanged items show no old amount", link: "v=1&d=2026-11-30&l=chat-pro,new,3,1&l=chat-basic,new,3,1",
		today: "2027-03-01", lines: []string{"9000.00", "3297.00 was 2997.00"}, total: "12297.00", list: "2027-01",
	},
	{
		// 5 users for 2 years from 2026-12-01: 9,990.00 at 999; 3 more in
		// month 6 (2027-06-01, list 2027-01): 1 year 6 months left at 1,099:
		// 3 × 1 × 1,099 + 3 × 6 × 109.9 = 3,297 + 1,978.20 = 5,275.20; the
		// renewal in month 24 (2028-12-01) by 2027-01: 8 × 1,099 = 8,792.00.
		name: "a plan across the change prices each payment by its own date", link: "v=1&d=2026-12-01&l=chat-basic,new,5,2&l=chat-basic,plan,3,,,6",
		today: "2026-12-10", lines: []string{"9990.00", "5275.20 list 2027-01"}, total: "15265.20", list: "2026-11",
		renewals: []string{"24: 8792.00 list 2027-01"},
	},
	{
		// Dated by its c: 2026-11-27, valid 30 days; priced as before.
		name: "a format 1 link without a date opens as before", link: "v=1&c=2026-11&lang=zh-CN&t=1,6&l=chat-basic,new,5,2&l=chat-basic,add,3",
		today: "2026-12-07", lines: []string{"9990.00", "4795.20"}, total: "14785.20", list: "2026-11",
	},
	{
		name: "an undated link after the change is priced by today's list", link: "v=1&l=chat-basic,new,5,2",
		today: "2027-01-02", lines: []string{"10990.00"}, total: "10990.00", list: "2027-01",
	},
	{
		name: "a quote date in the future counts as today", link: "v=1&d=2030-01-01&l=chat-basic,new,5,2",
		today: "2026-12-07", lines: []string{"9990.00"}, total: "9990.00", list: "2026-11",
	},
}

// R19: the fixture's change, by hand-worked amounts, and in words in both
// languages in testdata/dated.golden.
func TestDatedPriceLists(t *testing.T) {
	ls := withFixture(t)
	var golden bytes.Buffer
	for _, c := range datedCases {
		e, err := DecodeLink(c.link)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		q := ls.Price(e, date(c.today))
		var lines []string
		for _, l := range q.Lines {
			s := l.Amount.Fixed()
			if l.List != q.CatalogVersion {
				s += " list " + l.List
			}
			if l.ChangedSince {
				s += " was " + l.Before.Fixed()
			}
			lines = append(lines, s)
		}
		if got, want := strings.Join(lines, " | "), strings.Join(c.lines, " | "); got != want {
			t.Errorf("%s: lines %s, want %s", c.name, got, want)
		}
		if q.Total.Fixed() != c.total || q.CatalogVersion != c.list {
			t.Errorf("%s: total %s by %s, want %s by %s", c.name, q.Total.Fixed(), q.CatalogVersion, c.total, c.list)
		}
		var renewals []string
		for _, r := range q.Plan().Renewals {
			renewals = append(renewals, fmt.Sprintf("%d: %s list %s", r.Month, r.Amount.Fixed(), r.List))
		}
		if c.renewals != nil && strings.Join(renewals, " | ") != strings.Join(c.renewals, " | ") {
			t.Errorf("%s: renewals %v, want %v", c.name, renewals, c.renewals)
		}
		fmt.Fprintf(&golden, "== %s (%s, today %s)\n", c.name, c.link, c.today)
		for _, lang := range []Lang{ZH, EN} {
			WriteText(&golden, &q, lang)
			golden.WriteString("\n")
		}
		// The exports name the list of each amount: the printed quote and the CSV.
		WriteDocument(&golden, NewDocument(e, &q, ZH, date(c.today)))
		golden.Write(NewExport(e, &q, EN, date(c.today)).CSV())
		golden.WriteString("\n")
	}
	matchGolden(t, "dated.golden", "TestDatedPriceLists", golden.Bytes())
}

// R19: one list alone prices every estimate as Catalog.Price does, so a
// visitor sees nothing new until the vendor publishes another list.
func TestOneListPricesAsBefore(t *testing.T) {
	ls := Lists()
	if len(fixtureLists) > 0 {
		t.Skip("a build with the fixture lists")
	}
	if len(ls.All()) != 1 || ls.All()[0] != Default() {
		t.Fatalf("the shipped build carries %d lists", len(ls.All()))
	}
	for _, gc := range loadGoldenCases(t) {
		e, today := gc.estimate(t)
		want, got := Default().Price(e, today), ls.Price(e, today)
		var a, b bytes.Buffer
		WriteText(&a, &want, ZH)
		WriteText(&b, &got, ZH)
		if a.String() != b.String() || got.Honoured || got.Earlier != nil {
			t.Errorf("%s: by the lists\n%s\nby the catalog\n%s", gc.Name, b.String(), a.String())
		}
	}
}

// R19: a list published ahead is announced with the estimate's lines it
// changes, and which lists are in force when.
func TestUpcomingChange(t *testing.T) {
	ls := withFixture(t)
	if ls.On(date("2026-12-31")).Version != "2026-11" || ls.On(date("2027-01-01")).Version != "2027-01" || ls.On(date("2020-01-01")).Version != "2026-11" {
		t.Error("On picks the wrong list")
	}
	if ls.Next(date("2026-12-31")) == nil || ls.Next(date("2027-01-01")) != nil {
		t.Error("Next is wrong around the change")
	}
	e, _ := DecodeLink("v=1&d=2026-12-20&l=chat-basic,new,5,2&l=chat-pro,new,3,1")
	today := date("2026-12-20")
	q := ls.Price(e, today)
	ch := ls.Upcoming(e, &q, today)
	if ch == nil {
		t.Fatal("no change announced")
	}
	want := []string{"第 1 项 在线客服 基础版：9,990.00 元 → 10,990.00 元", "本估算的报价有效至 2027-01-19，在此之前仍按现价。"}
	if got := ch.Details(&q, ZH); strings.Join(got, "\n") != strings.Join(want, "\n") || ch.Heading(ZH) != "价格将于 2027-01-01 调整（价目表 2027-01）" {
		t.Errorf("%s\n%q", ch.Heading(ZH), got)
	}
	empty := Estimate{}
	qe := ls.Price(empty, date("2026-11-30"))
	ch = ls.Upcoming(empty, &qe, date("2026-11-30"))
	if got := ch.Details(&qe, EN); len(got) != 1 || got[0] != "Online chat Basic: ¥999/user/yr → ¥1,099/user/yr" {
		t.Errorf("an empty estimate is told %q", got)
	}
	if ls.Upcoming(e, &q, date("2027-01-01")) != nil {
		t.Error("a change in force is still announced")
	}
}
