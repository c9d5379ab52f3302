package pricing

import (
	"errors"
	"strings"
	"testing"
)

func TestLinkRoundTrip(t *testing.T) {
	cases := []Estimate{
		{Catalog: "2026-11", Lang: ZH, Term: Term{Years: "1", Months: "6"}, Lines: []Line{
			{Item: "chat-basic", Mode: New, Quantity: "5", Years: "2"},
			{Item: "chat-basic", Mode: Add, Quantity: "3"},
		}},
		{Lang: EN, Term: Term{Basis: ByDates, Expiry: "2028-05-27"}, Lines: []Line{
			{Item: "knowledge-cloud", Quantity: "1", Industry: "education"},
			{Item: "pack-120k", Quantity: "2.5"},                    // a typo is kept as typed
			{Item: "chat-basic", Quantity: "a,b&c=d#%", Years: " "}, // separators inside values
		}},
		{},
	}
	for _, e := range cases {
		e.Format = FormatVersion
		link := EncodeLink(e)
		back, err := DecodeLink("#" + link)
		if err != nil {
			t.Fatalf("%s: %v", link, err)
		}
		if back.Catalog != e.Catalog || back.Lang != e.Lang || back.Term != e.Term || len(back.Lines) != len(e.Lines) {
			t.Fatalf("%s decoded to %+v, want %+v", link, back, e)
		}
		for i := range e.Lines {
			if back.Lines[i] != e.Lines[i] {
				t.Errorf("%s line %d: %+v, want %+v", link, i, back.Lines[i], e.Lines[i])
			}
		}
	}
}

// A link made by format 1 must open for as long as the calculator lives:
// this one is pinned as it was first written.
func TestLinkFormat1Fixture(t *testing.T) {
	const fixture = "v=1&c=2026-11&lang=zh-CN&t=1,6&l=chat-basic,new,5,2&l=chat-basic,add,3"
	if got := EncodeLink(Estimate{Catalog: "2026-11", Lang: ZH, Term: Term{Years: "1", Months: "6"}, Lines: []Line{
		{Item: "chat-basic", Mode: New, Quantity: "5", Years: "2"}, {Item: "chat-basic", Mode: Add, Quantity: "3"},
	}}); got != fixture {
		t.Errorf("format 1 is written as %q, pinned %q", got, fixture)
	}
	e, err := DecodeLink(fixture)
	if err != nil {
		t.Fatal(err)
	}
	q := Default().Price(e, goldenToday)
	if q.Total.Fixed() != "14785.20" || !q.Complete {
		t.Errorf("fixture total %s (%v), want 9,990.00 + 4,795.20", q.Total, q.Err())
	}
}

func TestLinkTamperedKeepsWhatItCan(t *testing.T) {
	cases := []struct {
		link   string
		lines  int
		reason Reason // "" for no error
	}{
		{"v=1&t=1,6&l=chat-basic,new,5,2&l=chat-basic,ad", 2, ""}, // truncated: the mode is reported by the quote
		{"v=1&l=chat-basic,new,5,2&zz=1&l=pack-6m,,1", 2, LinkPartUnread},
		{"v=1&l=&l=pack-6m,,1", 2, ""}, // "l=" is a blank line, kept in its place
		{"v=1&l=chat-basic,new,%zz,2", 1, ""},
		{"v=9&l=chat-basic,new,5,2", 0, NewerFormat},
		{"", 0, NotALink},
		{"hello", 0, NotALink},
		{"v=x", 0, NotALink},
		{"v=1" + strings.Repeat("&l=pack-6m,,1", MaxLines+1), MaxLines, TooManyLines},
	}
	for _, c := range cases {
		e, err := DecodeLink(c.link)
		if len(e.Lines) != c.lines {
			t.Errorf("%q: %d lines, want %d", c.link, len(e.Lines), c.lines)
		}
		var ie *InputError
		switch {
		case c.reason == "" && err != nil:
			t.Errorf("%q: %v", c.link, err)
		case c.reason != "" && (!errors.As(err, &ie) || ie.Reason != c.reason):
			t.Errorf("%q: %v, want %s", c.link, err, c.reason)
		}
	}
}

func FuzzDecodeLink(f *testing.F) {
	f.Add("v=1&c=2026-11&lang=zh-CN&t=1,6&l=chat-basic,new,5,2&l=chat-basic,add,3")
	f.Add("v=1&t=d,2028-05-27,&l=knowledge-cloud,,1,,education")
	f.Add("v=1&l=%E4%BD%A0,new,%,")
	f.Add("\uFEFFv=1&l=pack-6m,,1")
	f.Add("v=1&l=&l=chat-basic,new,5,2&l=,,3&l")
	f.Add("v=1&l=x%1B%5B2J%0ATotal%3A+1.00,new,1&l=%3DHYPERLINK(1),,%2B1")
	f.Add("v=1&l=chat-basic,new,1e308,99999999999999999999999&t=99999999999999999999,-1")
	f.Add("v=1&t=d,%00,%C2%9B&l=chat-basic,add,%E2%80%AE3")
	f.Add("v=1&lang=en&lang=zh&c=1&c=2&l=pack-6m,,1,,,,,,")
	f.Add("v=99999999999999999999999")
	f.Fuzz(func(t *testing.T, s string) {
		e, err := DecodeLink(s)
		var ie *InputError
		if err != nil && (!errors.As(err, &ie) || ie.Message(ZH) == "" || ie.Message(EN) == "") {
			t.Fatalf("refusal without a message: %v", err)
		}
		q := Default().Price(e, goldenToday)
		if q.Total.Decimal().IsNegative() {
			t.Fatal("negative total")
		}
		checkHarmlessOutput(t, e, &q)
		// What was read encodes and reads back the same, line for line.
		back, err := DecodeLink(EncodeLink(e))
		if err != nil || len(back.Lines) != len(e.Lines) {
			t.Fatalf("re-encoding %q: %v", s, err)
		}
		for i := range e.Lines {
			if back.Lines[i] != e.Lines[i] {
				t.Fatalf("line %d: %+v read back as %+v", i+1, e.Lines[i], back.Lines[i])
			}
		}
	})
}
