package pricing

import (
	"net/url"
	"strconv"
	"strings"
)

// A share link carries a whole estimate in the URL fragment, so it works
// offline and never reaches a server. Format 1, keys joined by "&":
//
//	v=1                     format version (required, first)
//	c=2026-11               catalog version the estimate was made with
//	lang=en                 the visitor's language
//	ref=QD-261207-K7QM3X    the quote number (quote_number.go)
//	d=2026-12-07            the quote date (R19); a link without it is dated by its c
//	name=…                  the visitor's name for the estimate
//	t=1,6                   remaining term: whole years, months
//	t=d,2028-05-27,2026-11-27  or by dates: expiry, addition day (may be empty)
//	t=!moon,1,6             or a basis the quote refuses, as a JSON may hold (termLink)
//	customer=…&valid=30     the printed quote's details (details.go): customer, contact, notes, valid
//	l=chat-basic,new,5,2    one per line: item, mode, quantity, years, industry, after
//	l=chat-basic,plan,3,,,6 a planned addition 6 months after the purchase (R14)
//
// Values are query-escaped, so typed text survives as typed ("2.5", "3x").
// Unknown keys are skipped, so a later minor format still opens.

// EncodeLink writes e as a URL fragment, without the leading "#".
func EncodeLink(e Estimate) string {
	var b strings.Builder
	b.WriteString("v=" + strconv.Itoa(FormatVersion))
	if e.Catalog != "" {
		b.WriteString("&c=" + esc(e.Catalog))
	}
	if e.Lang != "" {
		b.WriteString("&lang=" + esc(string(e.Lang)))
	}
	b.WriteString(e.labelLinkParts()) // ref=… name=…
	if t := termLink(e.Term); t != "" {
		b.WriteString("&t=" + t)
	}
	b.WriteString(e.Details.linkParts()) // customer=… contact=… notes=… valid=… (details.go)
	for _, l := range e.Lines {
		fields := []string{l.Item, string(l.Mode), string(l.Quantity), string(l.Years), l.Industry, string(l.After)}
		for len(fields) > 1 && fields[len(fields)-1] == "" {
			fields = fields[:len(fields)-1]
		}
		for i := range fields {
			fields[i] = esc(fields[i])
		}
		b.WriteString("&l=" + strings.Join(fields, ","))
	}
	return b.String()
}

// DecodeLink reads a fragment written by EncodeLink (with or without "#").
// A tampered or truncated link still yields every line that could be read;
// the error then says what was not.
func DecodeLink(fragment string) (Estimate, error) {
	fragment = strings.TrimPrefix(fragment, "#")
	e := Estimate{Format: FormatVersion}
	bad := func(r Reason, what string) error {
		return &InputError{Line: -1, Field: FieldEstimate, Reason: r, Value: what, Limit: MaxLines}
	}
	parts := strings.Split(fragment, "&")
	if len(parts) == 0 || !strings.HasPrefix(parts[0], "v=") {
		return e, bad(NotALink, fragment)
	}
	v, err := strconv.Atoi(parts[0][2:])
	switch {
	case err != nil || v < 1:
		return e, bad(NotALink, fragment)
	case v > FormatVersion:
		return e, &InputError{Line: -1, Field: FieldEstimate, Reason: NewerFormat, Value: parts[0][2:]}
	}
	var skipped []string // the parts left out, as they stand in the link
	tooMany := false
	var badLabel *InputError // a ref=, d= or name= that could not be kept
	for _, p := range parts[1:] {
		key, val, _ := strings.Cut(p, "=")
		if isLabel, problem := e.readLabelLinkPart(key, val); isLabel {
			if problem != nil {
				badLabel = problem
				skipped = append(skipped, key+"=…")
			}
			continue
		}
		if isDetail, unread := e.Details.readLinkPart(key, val); isDetail {
			if unread {
				skipped = append(skipped, key+"=…")
			}
			continue
		}
		fields := strings.Split(val, ",")
		for i, f := range fields {
			u, err := url.QueryUnescape(f)
			if err != nil {
				u = f // a broken escape is kept as typed, for the quote to report
			}
			fields[i] = u
		}
		get := func(i int) string {
			if i < len(fields) {
				return fields[i]
			}
			return ""
		}
		switch key {
		case "c":
			e.Catalog = get(0)
		case "lang":
			e.Lang = ParseLang(get(0))
		case "t":
			e.Term = readTermLink(val, get)
		case "l":
			if len(e.Lines) == MaxLines {
				tooMany = true
				continue
			}
			e.Lines = append(e.Lines, Line{Item: get(0), Mode: Mode(get(1)), Quantity: Number(get(2)), Years: Number(get(3)), Industry: get(4), After: Number(get(5))})
		case "":
			// a stray "&&" is harmless
		default:
			skipped = append(skipped, p)
		}
	}
	switch {
	case badLabel != nil && len(skipped) == 1:
		return e, badLabel
	case len(skipped) > 0:
		return e, bad(LinkPartUnread, strings.Join(skipped, " "))
	case tooMany:
		return e, bad(TooManyLines, "")
	}
	return e, nil
}

func esc(s string) string { return url.QueryEscape(s) }

// termLink is the value of t=: "Y,M" by length, "d,EXPIRY,DAY" by dates.
// The link must price what the estimate's JSON prices, so two terms that
// JSON refuses are written so that the link refuses them alike:
//   - typed years "d" are escaped ("%64,6"), not read as the dates form;
//   - any other basis (only a hand-written JSON has one) is written after
//     "!", which esc never leaves bare: "!moon,1,6" (basis, years, months,
//     expiry, day), and read back as that basis.
func termLink(t Term) string {
	fields := []string{esc(string(t.Years)), esc(string(t.Months))}
	switch {
	case t.Basis == ByDates:
		return "d," + esc(t.Expiry) + "," + esc(t.From)
	case t.Basis != "" && t.Basis != ByLength:
		fields = []string{"!" + esc(string(t.Basis)), fields[0], fields[1], esc(t.Expiry), esc(t.From)}
	case t.Years == "" && t.Months == "":
		return ""
	case fields[0] == "d":
		fields[0] = "%64"
	}
	for len(fields) > 1 && fields[len(fields)-1] == "" {
		fields = fields[:len(fields)-1]
	}
	return strings.Join(fields, ",")
}

// readTermLink reads the value of t= as written (raw) and as unescaped
// fields (get); which form it is shows in the raw text only.
func readTermLink(raw string, get func(int) string) Term {
	switch {
	case strings.HasPrefix(raw, "!"):
		return Term{Basis: TermBasis(strings.TrimPrefix(get(0), "!")), Years: Number(get(1)), Months: Number(get(2)), Expiry: get(3), From: get(4)}
	case raw == "d" || strings.HasPrefix(raw, "d,"):
		return Term{Basis: ByDates, Expiry: get(1), From: get(2)}
	}
	return Term{Years: Number(get(0)), Months: Number(get(1))}
}
