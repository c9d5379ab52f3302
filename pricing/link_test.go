package pricing

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
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

// The share link and the JSON of the same estimate price the same: a term
// one of them refuses is refused by the other, with the same reason
// (issue 33, finding 9: an unknown basis went into the link as years and
// months and priced there).
func TestLinkAndJSONPriceTheSameTerm(t *testing.T) {
	lines := []Line{{Item: "chat-basic", Mode: Add, Quantity: "3"}}
	for _, term := range []Term{
		{Years: "1", Months: "6"},
		{Basis: ByLength, Years: "1", Months: "6"},
		{Basis: "moon", Years: "1", Months: "6"},
		{Basis: "moon"},
		{Basis: "Dates", Expiry: "2028-05-27"},
		{Basis: "d,x", Years: "1"},
		{Basis: ByDates, Expiry: "2028-05-27", From: "2026-11-27"},
		{Years: "d", Months: "6"}, // typed years that look like the dates form
		{Years: "d"},
		{Years: "d,2028-05-27"},
	} {
		e := Estimate{Term: term, Lines: lines}
		fromJSON, err := DecodeEstimate(EncodeEstimate(e))
		if err != nil {
			t.Fatal(err)
		}
		fromLink, err := DecodeLink(EncodeLink(e))
		if err != nil {
			t.Errorf("%+v: link %q: %v", term, EncodeLink(e), err)
			continue
		}
		qj, ql := Default().Price(fromJSON, goldenToday), Default().Price(fromLink, goldenToday)
		if !qj.Total.Equal(ql.Total) || qj.Complete != ql.Complete || len(qj.TermErrors) != len(ql.TermErrors) {
			t.Errorf("%+v: JSON prices %s (%v), link %q prices %s (%v)", term, qj.Total, qj.Err(), EncodeLink(e), ql.Total, ql.Err())
			continue
		}
		for i := range qj.TermErrors {
			if qj.TermErrors[i].Reason != ql.TermErrors[i].Reason || qj.TermErrors[i].Detail(EN) != ql.TermErrors[i].Detail(EN) {
				t.Errorf("%+v: JSON says %q, link %q says %q", term, qj.TermErrors[i].Detail(EN), EncodeLink(e), ql.TermErrors[i].Detail(EN))
			}
		}
	}
}

// A message names what it could not read, but never echoes a hostile
// input whole: a 1 MB unknown key gives a short message (issue 33, finding 10).
func TestUnknownLinkKeysEchoBounded(t *testing.T) {
	huge := "x=" + strings.Repeat("A", 1<<20)
	_, err := DecodeLink("v=1&l=pack-6m,,1&" + huge)
	var ie *InputError
	if !errors.As(err, &ie) || ie.Reason != LinkPartUnread {
		t.Fatalf("%v, want %s", err, LinkPartUnread)
	}
	for _, lang := range []Lang{ZH, EN} {
		for _, s := range []string{ie.Message(lang), ie.Detail(lang), ie.Error()} {
			if n := utf8.RuneCountInString(s); n > 400 || !strings.Contains(s, "x=AAAA") || !strings.Contains(s, "…") {
				t.Errorf("%s: a message of %d characters: %.300q", lang, n, s)
			}
		}
	}
	// Every other echo of typed text is bounded too.
	long := strings.Repeat("长", 10_000)
	for _, e := range []*InputError{
		{Line: 0, Field: FieldItem, Reason: UnknownItem, Value: long},
		{Line: -1, Field: FieldTermBasis, Reason: UnknownBasis, Value: long},
		{Line: -1, Field: FieldEstimate, Reason: DuplicateKey, Value: long},
		{Line: -1, Field: FieldEstimate, Reason: WrongType, Value: long},
		{Line: -1, Field: FieldEstimate, Reason: BadFormat, Value: long},
	} {
		for _, s := range []string{e.Message(ZH), e.Detail(EN), e.Error()} {
			if n := utf8.RuneCountInString(s); n > 400 {
				t.Errorf("%s: a message of %d characters", e.Reason, n)
			}
		}
	}
}
