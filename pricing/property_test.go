package pricing

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
)

// annualPriced lists the annual items with a list price: the ones whose
// amounts the properties below are about.
func annualPriced() []*Item {
	var out []*Item
	for _, p := range Default().Products {
		for _, it := range p.Items {
			if p.Billing == Annual && !it.OnRequest {
				out = append(out, it)
			}
		}
	}
	return out
}

func num(n int64) Number { return Number(strconv.FormatInt(n, 10)) }

// addAmount prices adding n units of item with y years m months left.
func addAmount(t *testing.T, item string, n, y, m int64) LineQuote {
	t.Helper()
	q := Default().Price(Estimate{
		Term:  Term{Years: num(y), Months: num(m)},
		Lines: []Line{{Item: item, Mode: Add, Quantity: num(n)}},
	}, goldenToday)
	if !q.Complete || !q.Lines[0].Priced {
		t.Fatalf("add %d %s with %dy%dm: %v", n, item, y, m, q.Err())
	}
	return q.Lines[0]
}

func newAmount(t *testing.T, item string, n, years int64) Money {
	t.Helper()
	q := Default().Price(Estimate{Lines: []Line{{Item: item, Mode: New, Quantity: num(n), Years: num(years)}}}, goldenToday)
	if !q.Complete {
		t.Fatalf("new %d %s for %d years: %v", n, item, years, q.Err())
	}
	return q.Lines[0].Amount
}

// terms lists every valid remaining term, shortest first.
func terms() [][2]int64 {
	var out [][2]int64
	for total := int64(1); total <= MaxYears*12; total++ {
		out = append(out, [2]int64{total / 12, total % 12})
	}
	return out
}

// R7: the amount grows with the remaining term, never falls; the partial part
// never costs more than a year; at M ≥ 10 it costs exactly one year.
func TestAdditionMonotoneInTermAndCapped(t *testing.T) {
	for _, it := range annualPriced() {
		for _, n := range []int64{1, 3, 7} {
			prev := decimal.NewFromInt(-1)
			year := it.price.Mul(decimal.NewFromInt(n))
			for _, ym := range terms() {
				l := addAmount(t, it.ID, n, ym[0], ym[1])
				a := l.Amount.Decimal()
				if a.LessThan(prev) {
					t.Fatalf("%s ×%d: %v costs %s, less than a shorter term (%s)", it.ID, n, ym, a, prev)
				}
				prev = a
				if l.PartialPart.Decimal().GreaterThan(year) {
					t.Fatalf("%s ×%d %v: partial %s above one year %s", it.ID, n, ym, l.PartialPart, year)
				}
				if (ym[1] >= 10) != l.Capped || (ym[1] >= 10 && !l.PartialPart.Decimal().Equal(year)) {
					t.Fatalf("%s ×%d %v: capped=%v partial=%s", it.ID, n, ym, l.Capped, l.PartialPart)
				}
			}
		}
	}
}

// R6, R7: amounts grow with quantity, for new purchases and additions.
func TestMonotoneInQuantity(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, it := range annualPriced() {
		for range 50 {
			n := it.MinNew + r.Int64N(500)
			y, m := r.Int64N(MaxYears), 1+r.Int64N(11)
			years := 1 + r.Int64N(MaxYears)
			if addAmount(t, it.ID, n+1, y, m).Amount.Decimal().LessThan(addAmount(t, it.ID, n, y, m).Amount.Decimal()) {
				t.Fatalf("%s: adding %d costs less than adding %d", it.ID, n+1, n)
			}
			if !newAmount(t, it.ID, n+1, years).Decimal().GreaterThan(newAmount(t, it.ID, n, years).Decimal()) {
				t.Fatalf("%s: buying %d does not cost more than %d", it.ID, n+1, n)
			}
		}
	}
}

// R7: with Y whole years and no months left, an addition costs what a new
// purchase of Y years costs.
func TestWholeYearAdditionEqualsNewPurchase(t *testing.T) {
	for _, it := range annualPriced() {
		for y := int64(1); y <= MaxYears; y++ {
			for _, n := range []int64{3, 4, 50} {
				add := addAmount(t, it.ID, n, y, 0).Amount
				if buy := newAmount(t, it.ID, n, y); !add.Equal(buy) {
					t.Fatalf("%s ×%d for %d years: addition %s, new purchase %s", it.ID, n, y, add, buy)
				}
			}
		}
	}
}

// R7: adding n+m units at once costs what adding n then m costs.
func TestAdditionIsAdditive(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, it := range annualPriced() {
		for range 200 {
			n, m := 1+r.Int64N(1000), 1+r.Int64N(1000)
			ym := terms()[r.IntN(len(terms()))]
			both := addAmount(t, it.ID, n+m, ym[0], ym[1]).Amount
			apart := addAmount(t, it.ID, n, ym[0], ym[1]).Amount.Add(addAmount(t, it.ID, m, ym[0], ym[1]).Amount)
			if !both.Equal(apart) {
				t.Fatalf("%s %v: %d+%d at once %s, apart %s", it.ID, ym, n, m, both, apart)
			}
		}
	}
}

// R1: with today's prices every amount is exact to the fen before rounding,
// so rounding never changes an amount; and no amount is negative.
func TestNoRoundingWithTodaysPrices(t *testing.T) {
	for _, it := range annualPriced() {
		for _, ym := range terms() {
			for _, n := range []int64{1, 2, 3, 11, 99999, MaxQuantity} {
				l := addAmount(t, it.ID, n, ym[0], ym[1])
				exact := l.WholePart.Decimal().Add(l.PartialPart.Decimal())
				if !exact.Equal(l.Amount.Decimal()) || exact.Exponent() < -2 && !exact.Equal(exact.Round(2)) {
					t.Fatalf("%s ×%d %v: exact %s rounded to %s", it.ID, n, ym, exact, l.Amount)
				}
				if l.Amount.Decimal().IsNegative() {
					t.Fatalf("negative amount %s", l.Amount)
				}
			}
		}
	}
	// The monthly rate itself is exact: unit/10 has at most one decimal more.
	for _, it := range annualPriced() {
		if m := it.price.Shift(-1); !m.Equal(m.Round(2)) {
			t.Errorf("%s: %s/10 = %s is not exact to the fen", it.ID, it.price, m)
		}
	}
}

// R1: a price with fen makes the rounding real; it is half-up, once per line.
func TestRoundingHalfUpOncePerLine(t *testing.T) {
	cat, err := ParseCatalog([]byte(`{"version":"t","date":"2026-01-01","products":[{"id":"p","name":{"zh":"p","en":"p"},"unit":"user","billing":"annual",
		"items":[{"id":"odd","name":{"zh":"o","en":"o"},"includes":{"zh":"o","en":"o"},"price":"0.05","minNew":1}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	// 0.05/10 × 1 month × 1 = 0.005 → 0.01 (half-up); two such lines total 0.02, not round(0.01).
	q := cat.Price(Estimate{Term: Term{Years: "0", Months: "1"}, Lines: []Line{
		{Item: "odd", Mode: Add, Quantity: "1"}, {Item: "odd", Mode: Add, Quantity: "1"},
	}}, goldenToday)
	if got := q.Lines[0].Amount.Fixed(); got != "0.01" {
		t.Errorf("line = %s, want 0.01", got)
	}
	if got := q.Total.Fixed(); got != "0.02" {
		t.Errorf("total = %s, want 0.02 (the sum of rounded lines)", got)
	}
}
