package pricing

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// Limits on what an estimate may hold. They keep every amount far inside
// decimal and int64 range and catch typing slips (R6 documents the year bound).
const (
	MaxYears    = 10     // a new purchase or remaining term runs at most 10 years (R6)
	MaxQuantity = 100000 // users, bots or sets on one line
	MaxSessions = 1e10   // the pack advisor is exact up to here (R13)
	maxDigits   = 18     // longer digit strings are too large for any field
)

// parseCount reads a whole number typed by a person. It accepts surrounding
// spaces, full-width digits (from Chinese input methods), a leading +,
// grouping commas (1,000) and a zero fraction (3.0); anything else is an
// InputError naming line and field, with the typed text kept in Value.
func parseCount(s string, line int, f Field, min, max int64) (int64, *InputError) {
	fail := func(r Reason, limit int64) (int64, *InputError) {
		return 0, &InputError{Line: line, Field: f, Reason: r, Value: s, Limit: limit}
	}
	t := normalizeDigits(s)
	if t == "" {
		return fail(Empty, 0)
	}
	neg := false
	switch t[0] {
	case '-':
		neg, t = true, t[1:]
	case '+':
		t = t[1:]
	}
	t = stripGrouping(t)
	intPart, frac, hasDot := strings.Cut(t, ".")
	if intPart == "" && (!hasDot || frac == "") || !allDigits(intPart) || !allDigits(frac) {
		return fail(NotANumber, 0)
	}
	if strings.Trim(frac, "0") != "" {
		return fail(NotWhole, 0)
	}
	intPart = strings.TrimLeft(intPart, "0")
	if neg && intPart != "" {
		return fail(TooSmall, min)
	}
	if len(intPart) > maxDigits {
		return fail(TooLarge, max)
	}
	var n int64
	for _, c := range intPart {
		n = n*10 + int64(c-'0')
	}
	switch {
	case n < min:
		return fail(TooSmall, min)
	case n > max:
		return fail(TooLarge, max)
	}
	return n, nil
}

// normalizeDigits trims spaces and maps full-width digits and signs to ASCII.
func normalizeDigits(s string) string {
	s = strings.TrimSpace(strings.Trim(s, "\u3000 \t"))
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + (r - '０')
		case r == '．' || r == '。':
			return '.'
		case r == '，':
			return ','
		case r == '－':
			return '-'
		case r == '＋':
			return '+'
		}
		return r
	}, s)
}

// stripGrouping removes commas only where they group thousands (1,234,567);
// "1,5" stays as it is and is then refused as not a number.
func stripGrouping(s string) string {
	intPart, rest, hasDot := strings.Cut(s, ".")
	if !strings.Contains(intPart, ",") {
		return s
	}
	groups := strings.Split(intPart, ",")
	if len(groups[0]) < 1 || len(groups[0]) > 3 {
		return s
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return s
		}
	}
	out := strings.Join(groups, "")
	if hasDot {
		out += "." + rest
	}
	return out
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Date layout of every date the package reads or writes (HTML date inputs use it).
const DateLayout = "2006-01-02"

// parseDate reads a calendar date as YYYY-MM-DD; 2027-02-30 is refused. It
// accepts exactly what time.Parse(DateLayout, …) accepts (a test checks
// this) without calling it: the page parses the price list's date as it
// starts, and time.Parse's large code is slow to compile on first use in
// the browser (docs/performance-log.md, "Where the start-up time goes, and
// what was tried").
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if len(s) != len(DateLayout) || s[4] != '-' || s[7] != '-' ||
		!allDigits(s[:4]) || !allDigits(s[5:7]) || !allDigits(s[8:]) {
		return time.Time{}, errBadDate
	}
	// All digits, checked above, so Atoi cannot fail.
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[5:7])
	d, _ := strconv.Atoi(s[8:])
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || d < 1 || t.Day() != d {
		return time.Time{}, errBadDate // e.g. 2027-02-30 became March 2nd
	}
	return t, nil
}

var errBadDate = errors.New("not a date written YYYY-MM-DD")

// FormatDate writes t's calendar day as DateLayout does, without
// time.Format for the same reason as parseDate.
func FormatDate(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format(DateLayout)
	}
	b := []byte("0000-00-00")
	for i, v := 3, y; i >= 0; i, v = i-1, v/10 {
		b[i] = byte('0' + v%10)
	}
	b[5], b[6] = byte('0'+int(m)/10), byte('0'+int(m)%10)
	b[8], b[9] = byte('0'+d/10), byte('0'+d%10)
	return string(b)
}
