package pricing

import (
	"regexp"
	"testing"
)

func TestReference(t *testing.T) {
	cat := Default()
	ref := func(e Estimate) string {
		q := cat.Price(e, goldenToday)
		return Reference(e, &q)
	}
	base := Estimate{Term: Term{Years: "1", Months: "6"}, Lines: []Line{
		{Item: "chat-basic", Mode: New, Quantity: "5", Years: "2"},
		{Item: "chat-basic", Mode: Add, Quantity: "3"},
	}}
	r := ref(base)
	if !regexp.MustCompile(`^QD-[A-Z2-7]{4}-[A-Z2-7]{4}$`).MatchString(r) {
		t.Fatalf("reference %q is not QD- and eight base32 characters", r)
	}
	// Pinned: a quote sent last month keeps its number.
	if r != "QD-5VX6-JGE5" {
		t.Errorf("the source example's reference is %s, pinned QD-5VX6-JGE5", r)
	}

	// What does not change the priced estimate keeps the reference.
	same := base
	same.Lang, same.Catalog, same.Format = EN, "2026-11", 1
	same.Details = Details{Customer: "ACME", ValidDays: "10"}
	if got := ref(same); got != r {
		t.Errorf("language, details or format changed the reference: %s, want %s", got, r)
	}
	newOnly := Estimate{Term: Term{Years: "1", Months: "6"}, Lines: base.Lines[:1]}
	otherTerm := newOnly
	otherTerm.Term = Term{Years: "3"}
	if ref(newOnly) != ref(otherTerm) {
		t.Error("a term that no addition uses changed the reference")
	}

	// Whatever changes the price changes the reference.
	changes := map[string]func(e *Estimate){
		"quantity":  func(e *Estimate) { e.Lines[0].Quantity = "6" },
		"years":     func(e *Estimate) { e.Lines[0].Years = "3" },
		"mode":      func(e *Estimate) { e.Lines[1].Mode = New },
		"item":      func(e *Estimate) { e.Lines[0].Item = "chat-pro" },
		"term":      func(e *Estimate) { e.Term.Months = "7" },
		"line list": func(e *Estimate) { e.Lines = e.Lines[:1] },
		"order":     func(e *Estimate) { e.Lines[0], e.Lines[1] = e.Lines[1], e.Lines[0] },
	}
	for name, change := range changes {
		e := base
		e.Lines = append([]Line(nil), base.Lines...)
		change(&e)
		if got := ref(e); got == r {
			t.Errorf("changing the %s kept the reference %s", name, r)
		}
	}
}
