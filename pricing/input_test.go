package pricing

import (
	"strconv"
	"testing"
)

func TestParseCount(t *testing.T) {
	cases := []struct {
		in   string
		want string // the number, or the reason
	}{
		// Accepted.
		{"3", "3"},
		{" 3 ", "3"},
		{"+3", "3"},
		{"003", "3"},
		{"3.0", "3"},
		{"３", "3"}, // full-width digit
		{"１２", "12"},
		{"\u30003\u3000", "3"}, // ideographic spaces
		{"1,000", "1000"},
		{"１，０００", "1000"},
		{"100000", "100000"},
		// Refused.
		{"", string(Empty)},
		{"   ", string(Empty)},
		{"abc", string(NotANumber)},
		{"3x", string(NotANumber)},
		{"1e3", string(NotANumber)},
		{"0x10", string(NotANumber)},
		{"1,5", string(NotANumber)},
		{"1,0000", string(NotANumber)},
		{".", string(NotANumber)},
		{"-", string(NotANumber)},
		{"--3", string(NotANumber)},
		{"3 4", string(NotANumber)},
		{"NaN", string(NotANumber)},
		{"Infinity", string(NotANumber)},
		{"2.5", string(NotWhole)},
		{".5", string(NotWhole)},
		{"0", string(TooSmall)},
		{"-0", string(TooSmall)},
		{"-3", string(TooSmall)},
		{"100001", string(TooLarge)},
		{"99999999999999999999999999999", string(TooLarge)},
	}
	for _, c := range cases {
		n, err := parseCount(c.in, 4, FieldQuantity, 1, MaxQuantity)
		got := strconv.FormatInt(n, 10)
		if err != nil {
			got = string(err.Reason)
			if err.Line != 4 || err.Field != FieldQuantity || err.Value != c.in {
				t.Errorf("%q: error names line %d field %s value %q", c.in, err.Line, err.Field, err.Value)
			}
		}
		if got != c.want {
			t.Errorf("parseCount(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestMoneyFormat(t *testing.T) {
	cases := []struct{ in, want, plain string }{
		{"4795.2", "4,795.20", "4,795.2"},
		{"0", "0.00", "0"},
		{"999", "999.00", "999"},
		{"1000", "1,000.00", "1,000"},
		{"99.9", "99.90", "99.9"},
		{"999000000", "999,000,000.00", "999,000,000"},
		{"60009600", "60,009,600.00", "60,009,600"},
		{"123456.005", "123,456.01", "123,456.005"}, // half-up
	}
	for _, c := range cases {
		m := round(mustDecimal(t, c.in))
		if got := m.String(); got != c.want {
			t.Errorf("%s → %q, want %q", c.in, got, c.want)
		}
		if got := Yuan(mustDecimal(t, c.in)).Plain(); got != c.plain {
			t.Errorf("%s plain → %q, want %q", c.in, got, c.plain)
		}
	}
}

// Every reason has a message in both languages, and no message shows a raw key.
func TestEveryReasonHasMessages(t *testing.T) {
	reasons := []Reason{Empty, NotANumber, NotWhole, TooSmall, TooLarge, BelowMinimum, OnlyOneSet,
		UnknownItem, UnknownIndustry, UnknownMode, ZeroTerm, ExpiryNotAfter, TermTooLong, BadDate, BadFormat, NewerFormat,
		NotALink, LinkPartUnread, TooManyLines}
	fields := []Field{FieldItem, FieldMode, FieldQuantity, FieldYears, FieldIndustry, FieldTermYears,
		FieldTermMonths, FieldExpiry, FieldFrom, FieldSessions, FieldEstimate}
	for _, f := range fields {
		if f.Name(ZH) == "" || f.Name(EN) == "" {
			t.Errorf("field %s has no name in both languages", f)
		}
	}
	for _, r := range reasons {
		e := &InputError{Line: 0, Field: FieldQuantity, Reason: r, Limit: 3, Unit: UnitUser}
		zh, en := e.Message(ZH), e.Message(EN)
		if zh == "" || en == "" || zh == en || zh == string(r) || en == string(r) {
			t.Errorf("reason %s: zh %q en %q", r, zh, en)
		}
	}
}
