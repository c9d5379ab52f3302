package pricing

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// dateSeeds are inputs at the edges of what YYYY-MM-DD allows.
var dateSeeds = []string{
	"2026-11-27", " 2026-11-27 ", "2024-02-29", "2025-02-29", "2027-02-30",
	"2026-04-31", "2026-12-31", "2026-13-01", "2026-00-10", "2026-01-00",
	"0000-01-01", "9999-12-31", "2026-1-05", "2026-01-5", "26-01-05",
	"2026/01/05", "2026-01-05x", "x2026-01-05", "2026-01-05T00:00", "",
	"２０２６-01-05", "2026-01-0５", "+026-01-05", "-026-01-05", "2026--1-05",
	"2026-01--5", "2026-99-99", "1900-02-29", "2000-02-29", "2026-06-31",
}

// checkParseDate compares parseDate with time.Parse, whose reading of
// DateLayout it replaces.
func checkParseDate(t *testing.T, s string) {
	t.Helper()
	want, wantErr := time.Parse(DateLayout, strings.TrimSpace(s))
	got, err := parseDate(s)
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("parseDate(%q): error %v, time.Parse says %v", s, err, wantErr)
	}
	if err == nil && !got.Equal(want) {
		t.Fatalf("parseDate(%q) = %v, time.Parse says %v", s, got, want)
	}
}

func TestParseDateAgreesWithTimeParse(t *testing.T) {
	for _, s := range dateSeeds {
		checkParseDate(t, s)
	}
	// Every day of some years, leap and not, and strings near dates.
	for _, y := range []int{1900, 2000, 2024, 2026, 2100} {
		for d := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == y; d = d.AddDate(0, 0, 1) {
			checkParseDate(t, d.Format(DateLayout))
		}
	}
	r := rand.New(rand.NewPCG(7, 11))
	const alphabet = "0123456789-- x"
	for range 20000 {
		b := []byte("2026-02-28")
		for range 1 + r.IntN(3) {
			b[r.IntN(len(b))] = alphabet[r.IntN(len(alphabet))]
		}
		checkParseDate(t, string(b))
	}
}

func TestFormatDateAgreesWithTimeFormat(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	days := []time.Time{
		time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 6, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 11, 27, 12, 0, 0, 0, time.FixedZone("CST", 8*3600)),
	}
	for range 20000 {
		days = append(days, time.Date(r.IntN(10000), time.Month(1+r.IntN(12)), 1+r.IntN(31), r.IntN(24), 0, 0, 0, time.UTC))
	}
	for _, d := range days {
		if got, want := FormatDate(d), d.Format(DateLayout); got != want {
			t.Fatalf("FormatDate(%v) = %q, time.Format says %q", d, got, want)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range dateSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkParseDate(t, s)
		if d, err := parseDate(s); err == nil && FormatDate(d) != strings.TrimSpace(s) {
			t.Fatalf("parseDate(%q) then FormatDate gives %q", s, FormatDate(d))
		}
	})
}
