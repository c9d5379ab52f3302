package pricing

import (
	"crypto/rand"
	"encoding/base32"
	"net/url"
	"strconv"
	"time"
	"unicode/utf8"
)

// An estimate kept on the device has its own quote number (报价单号),
// given when it is created and never changed by an edit, and a name the
// visitor may give it. Both travel with the estimate: in its JSON
// ("reference", "name") and its share link (ref=…, name=…). An estimate
// without a reference, from before, prints the number derived from what is
// priced (Reference).

// Bounds of the labels. A name, like a customer, fits a list row and the
// quote's header; a reference is "QD-" and up to three groups.
const (
	MaxNameChars      = 80
	MaxReferenceChars = 32
)

// ValidReference tells whether s can be an estimate's reference: "QD-",
// then one to three groups of capital letters and digits joined by "-",
// at most MaxReferenceChars in all. Both NewReference's numbers
// ("QD-261207-K7QM3X") and the derived ones ("QD-5VX6-JGE5") are.
func ValidReference(s string) bool {
	if len(s) > MaxReferenceChars || len(s) < 4 || s[:3] != "QD-" {
		return false
	}
	groups, run := 1, 0
	for i := 3; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			run++
		case c == '-' && run > 0:
			groups, run = groups+1, 0
		default:
			return false
		}
	}
	return run > 0 && groups <= 3
}

// CheckName says why s cannot be an estimate's name: control or hidden
// characters, text that is no UTF-8, or more than MaxNameChars
// characters. The empty name is fine: the list then shows the customer or
// "估算 N".
func CheckName(s string) *InputError {
	if err := checkDetailText(DetailCustomer, s, MaxNameChars); err != nil {
		return &InputError{Line: -1, Field: FieldName, Reason: err.Reason, Limit: err.Limit}
	}
	return nil
}

// checkLabels refuses an estimate read from a file whose reference or
// name could not be kept.
func checkLabels(e Estimate) *InputError {
	if e.Reference != "" && !ValidReference(e.Reference) {
		return &InputError{Line: -1, Field: FieldReference, Reason: BadReference, Value: e.Reference}
	}
	if e.Date != "" {
		if _, err := parseDate(e.Date); err != nil {
			return &InputError{Line: -1, Field: FieldQuoteDate, Reason: BadDate, Value: shortValue(e.Date)}
		}
	}
	return CheckName(e.Name)
}

// labelMessage is the message of an InputError about the reference or name.
func labelMessage(e *InputError, lang Lang) string {
	switch e.Reason {
	case BadReference:
		return lang.Pick("报价单号应为 QD- 加字母和数字，例如 QD-261207-K7QM3X。",
			"A quote number is QD- and letters and digits, such as QD-261207-K7QM3X.")
	case TooLong:
		n := strconv.FormatInt(e.Limit, 10)
		return lang.Pick("最多 "+n+" 个字。", "At most "+n+" characters.")
	}
	return lang.Pick("不能含有控制字符或无法识别的文字。", "Must not hold control characters or unreadable text.")
}

// referenceDigits are the letters of a new reference's random part:
// base32's, which avoid 0/O and 1/I, so a number read aloud or retyped
// stays the same.
var referenceDigits = base32.StdEncoding.WithPadding(base32.NoPadding)

// referenceRandomChars is the length of a new reference's random part:
// 30 bits a day, so numbers made on two devices the same day differ but
// for a chance of one in a billion.
const referenceRandomChars = 6

// NewReference makes a new reference, "QD-" and the day (YYMMDD, as now
// has it) and random characters: "QD-261207-K7QM3X". random fills its
// argument with random bytes; nil means crypto/rand. taken tells whether a
// reference is in use already (nil: none is); a taken one is never
// returned while the random source gives other bytes.
func NewReference(now time.Time, random func([]byte), taken func(string) bool) string {
	if random == nil {
		random = func(b []byte) { rand.Read(b) }
	}
	day := "QD-" + now.Format("060102") + "-"
	var b [4]byte // 32 bits, of which referenceRandomChars×5 are used
	var ref string
	for tries := 0; tries < 1000; tries++ {
		random(b[:])
		ref = day + referenceDigits.EncodeToString(b[:])[:referenceRandomChars]
		if taken == nil || !taken(ref) {
			return ref
		}
	}
	// A random source that keeps repeating itself: count instead.
	for n := 2; ; n++ {
		next := ref + "-" + strconv.Itoa(n)
		if !taken(next) || len(next) >= MaxReferenceChars {
			return next
		}
	}
}

// labelLinkParts is the reference and name as share-link parts, each led by "&".
func (e Estimate) labelLinkParts() string {
	s := ""
	if e.Reference != "" {
		s += "&ref=" + esc(e.Reference)
	}
	if e.Date != "" {
		s += "&d=" + esc(e.Date)
	}
	if e.Name != "" {
		s += "&name=" + esc(e.Name)
	}
	return s
}

// readLabelLinkPart reads a share link's ref=, d= or name= part into e. It
// is false when key is none of them; problem says why the value was left out.
func (e *Estimate) readLabelLinkPart(key, val string) (isLabel bool, problem *InputError) {
	if key != "ref" && key != "name" && key != "d" {
		return false, nil
	}
	if len(val) > maxDetailLinkBytes {
		val = val[:maxDetailLinkBytes] // enough to be refused, short enough to name
	}
	u, err := url.QueryUnescape(val)
	if err != nil {
		u = val
	}
	if key == "d" {
		if _, err := parseDate(u); err != nil {
			return true, &InputError{Line: -1, Field: FieldQuoteDate, Reason: BadDate, Value: shortValue(u)}
		}
		e.Date = u
		return true, nil
	}
	if key == "ref" {
		if !ValidReference(u) {
			return true, &InputError{Line: -1, Field: FieldReference, Reason: BadReference, Value: shortValue(u)}
		}
		e.Reference = u
		return true, nil
	}
	if problem := CheckName(u); problem != nil {
		return true, problem
	}
	e.Name = u
	return true, nil
}

// shortValue cuts what a message echoes of a hostile value.
func shortValue(s string) string {
	const max = 64
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return string(r[:max]) + "…"
}
