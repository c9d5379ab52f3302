package pricing

import (
	"testing"
	"time"
)

func TestTermBetween(t *testing.T) {
	cases := []struct {
		from, expiry string
		want         string // "1y6m" or a reason
	}{
		// Whole months from the addition day (R8).
		{"2026-11-27", "2028-05-27", "1y6m"},
		{"2026-11-27", "2027-11-27", "1y0m"},
		{"2026-11-27", "2026-12-27", "0y1m"},
		// A started month counts as a whole one.
		{"2026-11-27", "2026-11-28", "0y1m"},
		{"2026-11-27", "2028-05-28", "1y7m"},
		{"2026-11-27", "2027-11-28", "1y1m"},
		{"2026-11-27", "2027-11-26", "1y0m"},
		// Month ends: from the 31st, a month ends on the shorter month's last day.
		{"2027-01-31", "2027-02-28", "0y1m"},
		{"2027-01-31", "2027-03-01", "0y2m"},
		{"2028-01-31", "2028-02-29", "0y1m"}, // leap year
		{"2028-01-31", "2028-03-01", "0y2m"},
		{"2027-01-30", "2027-02-28", "0y1m"},
		{"2027-03-31", "2027-04-30", "0y1m"},
		{"2027-08-31", "2027-09-30", "0y1m"},
		{"2027-12-31", "2028-01-31", "0y1m"},
		// Leap days.
		{"2028-02-29", "2029-02-28", "1y0m"},
		{"2028-02-29", "2029-03-01", "1y1m"},
		{"2027-02-28", "2028-02-29", "1y1m"},
		{"2027-02-28", "2028-02-28", "1y0m"},
		// Bounds.
		{"2026-11-27", "2036-11-27", "10y0m"},
		{"2026-11-27", "2036-11-28", string(TermTooLong)},
		{"2026-11-27", "2026-11-27", string(ExpiryNotAfter)},
		{"2026-11-27", "2026-11-26", string(ExpiryNotAfter)},
		{"2026-11-27", "1999-01-01", string(ExpiryNotAfter)},
	}
	for _, c := range cases {
		from, _ := parseDate(c.from)
		expiry, _ := parseDate(c.expiry)
		term, err := TermBetween(from, expiry)
		got := term.String()
		if err != nil {
			got = string(err.Reason)
		}
		if got != c.want {
			t.Errorf("%s → %s = %s, want %s", c.from, c.expiry, got, c.want)
		}
	}
}

// The counted term is the least that reaches the expiry: one month less falls short.
func TestTermBetweenIsTight(t *testing.T) {
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for d := 0; d < 800; d += 3 {
		from := start.AddDate(0, 0, d)
		for e := 1; e < 900; e += 7 {
			expiry := from.AddDate(0, 0, e)
			term, err := TermBetween(from, expiry)
			if err != nil {
				t.Fatalf("%v → %v: %v", from, expiry, err)
			}
			n := term.TotalMonths()
			if addMonths(from, n).Before(expiry) || !addMonths(from, n-1).Before(expiry) {
				t.Fatalf("%v → %v: %d months is not the least that reaches it", from.Format(DateLayout), expiry.Format(DateLayout), n)
			}
		}
	}
}

func TestTermText(t *testing.T) {
	cases := []struct {
		term   RemainingTerm
		zh, en string
	}{
		{RemainingTerm{1, 6}, "1年6个月", "1 year 6 months"},
		{RemainingTerm{2, 0}, "2年", "2 years"},
		{RemainingTerm{0, 1}, "1个月", "1 month"},
	}
	for _, c := range cases {
		if got := c.term.In(ZH); got != c.zh {
			t.Errorf("%v zh = %q, want %q", c.term, got, c.zh)
		}
		if got := c.term.In(EN); got != c.en {
			t.Errorf("%v en = %q, want %q", c.term, got, c.en)
		}
	}
}
