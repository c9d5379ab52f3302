package pricing

import (
	"errors"
	"strings"
	"testing"
)

func TestEstimateRoundTrip(t *testing.T) {
	e := Estimate{Catalog: "2026-11", Lang: EN, Term: Term{Years: "1", Months: "6"}, Lines: []Line{
		{Item: "chat-basic", Mode: New, Quantity: "5", Years: "2"},
		{Item: "chat-basic", Mode: Add, Quantity: "3x"}, // a typo survives the trip
		{Item: "knowledge-cloud", Quantity: "1", Industry: "hrssc"},
	}}
	data := EncodeEstimate(e)
	if !strings.Contains(string(data), `"quantity": 5`) || !strings.Contains(string(data), `"quantity": "3x"`) {
		t.Errorf("counts should be numbers when whole, text otherwise:\n%s", data)
	}
	back, err := DecodeEstimate(data)
	if err != nil {
		t.Fatal(err)
	}
	if back.Format != FormatVersion || back.Lang != EN || back.Term != e.Term || len(back.Lines) != 3 {
		t.Fatalf("round trip lost data: %+v", back)
	}
	for i := range e.Lines {
		if back.Lines[i] != e.Lines[i] {
			t.Errorf("line %d: %+v, want %+v", i, back.Lines[i], e.Lines[i])
		}
	}
}

func TestDecodeEstimateErrors(t *testing.T) {
	cases := []struct {
		in     string
		reason Reason
		field  Field // FieldEstimate unless given
	}{
		{``, BadFormat, ""},
		{`{`, BadFormat, ""},
		{`[]`, BadFormat, ""},
		{`{"lines": []}`, BadFormat, ""}, // no format
		{`{"format": 2, "lines": []}`, NewerFormat, ""},
		{`{"format": 1, "lines": [{"item": 5}]}`, WrongType, FieldItem},
		{`{"format": 1, "lines": "x"}`, WrongType, ""},
		{`{"format": 1, "lines": [], "lines": []}`, DuplicateKey, ""},
		{`{"format": 1, "lines": [` + strings.Repeat(`{"item":"pack-6m","quantity":1},`, MaxLines) + `{"item":"pack-6m","quantity":1}]}`, BadFormat, ""},
		{strings.Repeat(" ", MaxEstimateBytes+1), InputTooLarge, ""},
		{`{"format": 1, "x": ` + strings.Repeat("[", maxJSONDepth+1), BadFormat, ""}, // nested too deep
	}
	for _, c := range cases {
		_, err := DecodeEstimate([]byte(c.in))
		var ie *InputError
		if c.field == "" {
			c.field = FieldEstimate
		}
		if !errors.As(err, &ie) || ie.Reason != c.reason || ie.Field != c.field {
			t.Errorf("%.40q: %v, want %s", c.in, err, c.reason)
		}
	}
	// Counts in JSON may be numbers or strings; a fraction is kept for the quote to refuse.
	e, err := DecodeEstimate([]byte(`{"format":1,"lines":[{"item":"chat-basic","quantity":2.5,"years":"1"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	q := Default().Price(e, goldenToday)
	if errs := q.Errors(); len(errs) != 1 || errs[0].Reason != NotWhole {
		t.Errorf("quantity 2.5: %v", q.Err())
	}
}
