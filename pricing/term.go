package pricing

import (
	"strconv"
	"time"
)

// RemainingTerm is the time left on a running subscription: whole years plus
// months, 0–11 (R7).
type RemainingTerm struct {
	Years  int64
	Months int64
}

// TotalMonths is the term in months.
func (t RemainingTerm) TotalMonths() int64 { return t.Years*12 + t.Months }

func (t RemainingTerm) String() string {
	return strconv.FormatInt(t.Years, 10) + "y" + strconv.FormatInt(t.Months, 10) + "m"
}

// In writes the term for people: "1年6个月", "1 year 6 months".
func (t RemainingTerm) In(lang Lang) string {
	if lang == EN {
		s := ""
		if t.Years > 0 {
			s = plural(t.Years, "year")
		}
		if t.Months > 0 || t.Years == 0 {
			if s != "" {
				s += " "
			}
			s += plural(t.Months, "month")
		}
		return s
	}
	s := ""
	if t.Years > 0 {
		s = strconv.FormatInt(t.Years, 10) + "年"
	}
	if t.Months > 0 || t.Years == 0 {
		s += strconv.FormatInt(t.Months, 10) + "个月"
	}
	return s
}

func plural(n int64, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.FormatInt(n, 10) + " " + word + "s"
}

// TermBetween counts the remaining term from the day of an addition to the
// account's expiry date (R8): whole months from the addition day, a started
// month counted as a whole one. A month from the 31st ends on the last day of
// a shorter month (31 Jan → 28 or 29 Feb), as calendar arithmetic in contracts does.
// Both dates are calendar days; their time of day is ignored.
func TermBetween(from, expiry time.Time) (RemainingTerm, *InputError) {
	from, expiry = day(from), day(expiry)
	if !expiry.After(from) {
		return RemainingTerm{}, &InputError{Line: -1, Field: FieldExpiry, Reason: ExpiryNotAfter, Value: FormatDate(expiry)}
	}
	// Start from the whole-month difference, then step to the smallest count of
	// months whose end reaches the expiry day.
	n := int64(expiry.Year()-from.Year())*12 + int64(expiry.Month()-from.Month()) - 1
	if n < 0 {
		n = 0
	}
	for addMonths(from, n).Before(expiry) {
		n++
	}
	if n > MaxYears*12 {
		return RemainingTerm{}, &InputError{Line: -1, Field: FieldExpiry, Reason: TermTooLong, Value: FormatDate(expiry)}
	}
	return RemainingTerm{Years: n / 12, Months: n % 12}, nil
}

// addMonths moves t by n calendar months, clamping the day to the month's length.
func addMonths(t time.Time, n int64) time.Time {
	y, m, d := t.Date()
	total := int64(y)*12 + int64(m-1) + n
	ny, nm := int(total/12), time.Month(total%12+1)
	if last := daysIn(ny, nm); d > last {
		d = last
	}
	return time.Date(ny, nm, d, 0, 0, 0, 0, time.UTC)
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
