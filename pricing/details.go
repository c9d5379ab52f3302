package pricing

import (
	"net/url"
	"unicode/utf8"
)

// Details are the optional fields of a printed quote. They travel with the
// estimate (share link, JSON, quote command) and price nothing. Like a
// line's numbers they are kept as typed: Problems reports what cannot go on
// the quote, and the quote leaves such a field out.
type Details struct {
	Customer  string `json:"customer,omitempty"`  // 客户名称
	Contact   string `json:"contact,omitempty"`   // 经办人: who prepared the quote
	Notes     string `json:"notes,omitempty"`     // 备注, may hold line breaks
	ValidDays Number `json:"validDays,omitempty"` // 有效期 in days from the quote's date; empty: DefaultValidDays
}

// Bounds of the details: a name fits the quote's header, notes a few lines.
const (
	DefaultValidDays = 30
	MaxValidDays     = 365
	MaxCustomerChars = 80
	MaxContactChars  = 40
	MaxNotesChars    = 500
)

// DetailField names one of the details.
type DetailField string

const (
	DetailCustomer  DetailField = "customer"
	DetailContact   DetailField = "contact"
	DetailNotes     DetailField = "notes"
	DetailValidDays DetailField = "validDays"
)

var detailNames = map[DetailField]Text{
	DetailCustomer:  {"客户名称", "customer"},
	DetailContact:   {"经办人", "prepared by"},
	DetailNotes:     {"备注", "notes"},
	DetailValidDays: {"有效期（天）", "validity (days)"},
}

// Name is the field's name for people.
func (f DetailField) Name(lang Lang) string { return detailNames[f].In(lang) }

// DetailError is a detail that cannot go on the quote.
type DetailError struct {
	Field  DetailField
	Reason Reason
	Limit  int64 // the bound broken: characters for TooLong, days otherwise
}

func (e *DetailError) Error() string { return string(e.Field) + ": " + e.Message(EN) }

// Message is the short message shown next to the field. Its reasons are
// InputError's (TooLong, BadText, and a count's for the validity), worded there.
func (e *DetailError) Message(lang Lang) string {
	return (&InputError{Reason: e.Reason, Limit: e.Limit}).Message(lang)
}

// Detail is the message with the field named, for a list of problems or a command's output.
func (e *DetailError) Detail(lang Lang) string {
	if lang == EN {
		return capitalize(e.Field.Name(lang)) + ": " + e.Message(lang)
	}
	return e.Field.Name(lang) + "：" + e.Message(lang)
}

// Problems lists the details that cannot go on the quote, in the order of the form.
func (d Details) Problems() []*DetailError {
	var out []*DetailError
	for _, f := range []struct {
		field DetailField
		text  string
		limit int
	}{
		{DetailCustomer, d.Customer, MaxCustomerChars},
		{DetailContact, d.Contact, MaxContactChars},
		{DetailNotes, d.Notes, MaxNotesChars},
	} {
		if err := checkDetailText(f.field, f.text, f.limit); err != nil {
			out = append(out, err)
		}
	}
	if _, err := d.validDays(); err != nil {
		out = append(out, err)
	}
	return out
}

// validDays is the validity in days: DefaultValidDays when none is given.
func (d Details) validDays() (int64, *DetailError) {
	if normalizeDigits(string(d.ValidDays)) == "" {
		return DefaultValidDays, nil
	}
	n, err := parseCount(string(d.ValidDays), -1, "", 1, MaxValidDays)
	if err != nil {
		return 0, &DetailError{Field: DetailValidDays, Reason: err.Reason, Limit: err.Limit}
	}
	return n, nil
}

// checkDetailText refuses text a printed page or a terminal would misread:
// hidden characters (a line break only in notes), invalid UTF-8, and more
// than limit characters.
func checkDetailText(f DetailField, s string, limit int) *DetailError {
	if !utf8.ValidString(s) {
		return &DetailError{Field: f, Reason: BadText}
	}
	for _, r := range s {
		switch {
		case r == '\n' && f == DetailNotes:
		case hidden(r), r == utf8.RuneError: // printable.go
			return &DetailError{Field: f, Reason: BadText}
		}
	}
	if utf8.RuneCountInString(s) > limit {
		return &DetailError{Field: f, Reason: TooLong, Limit: int64(limit)}
	}
	return nil
}

// printable is the details as the quote prints them: each field given and
// free of problems; the rest empty.
func (d Details) printable() (customer, contact, notes string, validDays int64) {
	ok := func(f DetailField, s string, limit int) string {
		if checkDetailText(f, s, limit) != nil {
			return ""
		}
		return s
	}
	validDays, _ = d.validDays()
	return ok(DetailCustomer, d.Customer, MaxCustomerChars), ok(DetailContact, d.Contact, MaxContactChars),
		ok(DetailNotes, d.Notes, MaxNotesChars), validDays
}

// Link keys of the details, after the term and before the lines:
//
//	customer=… contact=… notes=… valid=30
//
// Each value is one query-escaped string; a comma in it needs no escape.
var detailLinkKeys = []string{"customer", "contact", "notes", "valid"}

// maxDetailLinkBytes drops a link value far beyond any field's bound before
// it reaches the page: the form then says nothing, and the link's error says
// what was left out.
const maxDetailLinkBytes = 4 << 10

func (d *Details) field(key string) *string {
	switch key {
	case "customer":
		return &d.Customer
	case "contact":
		return &d.Contact
	case "notes":
		return &d.Notes
	case "valid":
		return (*string)(&d.ValidDays)
	}
	return nil
}

// linkParts is the details as share-link parts, each led by "&".
func (d Details) linkParts() string {
	s := ""
	for _, k := range detailLinkKeys {
		if v := *d.field(k); v != "" {
			s += "&" + k + "=" + esc(v)
		}
	}
	return s
}

// readLinkPart reads one share-link part into d. It is false when key is no
// detail's; unread is set when the value was too long to keep.
func (d *Details) readLinkPart(key, val string) (isDetail, unread bool) {
	p := d.field(key)
	if p == nil {
		return false, false
	}
	if len(val) > maxDetailLinkBytes {
		return true, true
	}
	u, err := url.QueryUnescape(val)
	if err != nil {
		u = val // kept as typed; Problems reports what cannot be printed
	}
	*p = u
	return true, false
}
