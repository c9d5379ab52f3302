package pricing

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Money is an exact amount of CNY (R1). The zero value is 0 元.
type Money struct{ d decimal.Decimal }

// Yuan returns the amount as a Money; tests and the pack advisor use it.
func Yuan(d decimal.Decimal) Money { return Money{d} }

// Decimal returns the exact amount.
func (m Money) Decimal() decimal.Decimal { return m.d }

// Add returns m + o.
func (m Money) Add(o Money) Money { return Money{m.d.Add(o.d)} }

// Equal reports whether m and o are the same amount.
func (m Money) Equal(o Money) bool { return m.d.Equal(o.d) }

// IsZero reports whether m is 0 元.
func (m Money) IsZero() bool { return m.d.IsZero() }

// String formats m for people, to the fen with thousands separators: 4,795.20.
func (m Money) String() string { return group(m.d.StringFixed(2)) }

// Plain formats m as the source writes prices: no trailing zero decimals,
// thousands separators (999, 1,600, 99.9).
func (m Money) Plain() string { return group(m.d.String()) }

// Fixed is the amount to the fen without separators (4795.20), for CSV and JSON.
func (m Money) Fixed() string { return m.d.StringFixed(2) }

// MarshalJSON writes the amount as a string to the fen, so no reader turns it into a float.
func (m Money) MarshalJSON() ([]byte, error) { return []byte(`"` + m.Fixed() + `"`), nil }

// GroupInt writes a whole number for people: 1080000 → 1,080,000.
func GroupInt(n int64) string { return group(strconv.FormatInt(n, 10)) }

// round applies R1's one rounding: half-up to the fen (amounts are never negative).
func round(d decimal.Decimal) Money { return Money{d.Round(2)} }

// group inserts a comma every three integer digits of a plain decimal string.
func group(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/3 + 1)
	b.WriteString(sign)
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	b.WriteString(frac)
	return b.String()
}
