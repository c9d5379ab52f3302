package pricing

import (
	"bytes"
	"encoding/json"
	"strconv"
)

// FormatVersion is the version of the estimate JSON this package writes. It
// reads every version up to it.
const FormatVersion = 1

// Mode says whether an annual line is a new purchase or an addition to a
// running subscription. One-time items ignore it.
type Mode string

const (
	New Mode = "new" // 新购: whole years (R6)
	Add Mode = "add" // 增购: prorated over the account's remaining term (R7)

	// 计划增购: months after a new purchase of this estimate, over the rest
	// of its term (R14; plan.go says why it is a mode of its own).
	Planned Mode = "plan"
)

// Number is a count as the visitor typed it. Keeping the text, not an int,
// means a half-typed or wrong value is never lost: the quote reports it and
// the input keeps showing it. In JSON it is a number or a string.
type Number string

// MarshalJSON writes a plain whole number as a JSON number, anything else as a string.
func (n Number) MarshalJSON() ([]byte, error) {
	if s := string(n); s != "" && len(s) <= maxDigits && allDigits(s) && (s == "0" || s[0] != '0') {
		return []byte(s), nil
	}
	return json.Marshal(string(n))
}

// UnmarshalJSON reads a JSON number or string; the quote validates it.
func (n *Number) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*n = Number(s)
		return nil
	}
	if bytes.Equal(b, []byte("null")) {
		*n = ""
		return nil
	}
	var num json.Number
	if err := json.Unmarshal(b, &num); err != nil {
		return err
	}
	*n = Number(num)
	return nil
}

// Line is one line of an estimate as entered.
type Line struct {
	Item     string `json:"item"`               // catalog item id, e.g. "chat-basic"
	Mode     Mode   `json:"mode,omitempty"`     // annual items: "new" (default) or "add"
	Quantity Number `json:"quantity"`           // users, bots or sets
	Years    Number `json:"years,omitempty"`    // new annual purchases
	Industry string `json:"industry,omitempty"` // the knowledge cloud's industry
	After    Number `json:"after,omitempty"`    // mode "plan": months after the new purchase it follows (R14)
}

// TermBasis says how the remaining term of additions is given.
type TermBasis string

const (
	ByLength TermBasis = "length" // whole years + months (R7)
	ByDates  TermBasis = "dates"  // expiry date and day of the addition (R8)
)

// Term is the account's remaining term as entered; all additions share it (R9).
type Term struct {
	Basis  TermBasis `json:"basis,omitempty"`  // default ByLength
	Years  Number    `json:"years,omitempty"`  // ByLength: whole years left
	Months Number    `json:"months,omitempty"` // ByLength: months left beyond them, 0–11
	Expiry string    `json:"expiry,omitempty"` // ByDates: the account's expiry, YYYY-MM-DD
	From   string    `json:"from,omitempty"`   // ByDates: the addition day; empty means today
}

// Estimate is what a visitor builds: lines and the account's remaining term.
// It is the JSON the page exports and the quote command reads.
type Estimate struct {
	Format  int    `json:"format"`            // FormatVersion when written
	Catalog string `json:"catalog,omitempty"` // catalog version it was made with
	Lang    Lang   `json:"lang,omitempty"`    // the visitor's language

	Reference string `json:"reference,omitempty"` // 报价单号 given when created (quote_number.go)
	Date      string `json:"date,omitempty"`      // 报价日期, YYYY-MM-DD: its prices are that day's while valid (R19)
	Name      string `json:"name,omitempty"`      // the visitor's name for the estimate

	Term  Term   `json:"term"`
	Lines []Line `json:"lines"`

	Details Details `json:"details,omitzero"` // the printed quote's optional fields (details.go)
}

// MaxEstimateBytes and MaxLines keep a pasted or tampered estimate from
// costing the page more than a moment; a file or link over the limit is
// refused, never read in part.
const (
	MaxEstimateBytes = 1 << 20
	MaxLines         = 200
)

// DecodeEstimate reads an estimate written by EncodeEstimate, the page's
// export or a person. Unknown fields are ignored, so files from a later minor
// change still open; a newer format is refused with NewerFormat. A leading
// byte-order mark is skipped; a key given twice is refused (DuplicateKey),
// and a value of the wrong type is named by line and field (WrongType).
func DecodeEstimate(data []byte) (Estimate, error) {
	var e Estimate
	if len(data) > MaxEstimateBytes {
		return e, &InputError{Line: -1, Field: FieldEstimate, Reason: InputTooLarge, Limit: MaxEstimateBytes}
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF")) // Windows editors save one
	if err := checkEstimateJSON(data); err != nil {
		return e, err
	}
	if err := json.Unmarshal(data, &e); err != nil {
		return Estimate{}, &InputError{Line: -1, Field: FieldEstimate, Reason: BadFormat, Value: jsonProblem(err)}
	}
	if e.Format > FormatVersion {
		return Estimate{}, &InputError{Line: -1, Field: FieldEstimate, Reason: NewerFormat, Value: strconv.Itoa(e.Format)}
	}
	if e.Format < 1 {
		return Estimate{}, &InputError{Line: -1, Field: FieldEstimate, Reason: BadFormat, Value: "no \"format\": 1"}
	}
	if len(e.Lines) > MaxLines {
		return Estimate{}, &InputError{Line: -1, Field: FieldEstimate, Reason: BadFormat, Value: "more than " + strconv.Itoa(MaxLines) + " lines"}
	}
	if err := checkLabels(e); err != nil {
		return Estimate{}, err
	}
	return e, nil
}

// EncodeEstimate writes e as indented JSON in the current format.
func EncodeEstimate(e Estimate) []byte {
	e.Format = FormatVersion
	if e.Lines == nil {
		e.Lines = []Line{}
	}
	b, _ := json.MarshalIndent(e, "", "  ") // cannot fail: only strings and numbers
	return append(b, '\n')
}

func jsonProblem(err error) string {
	switch e := err.(type) {
	case *json.SyntaxError:
		return "JSON syntax error at byte " + strconv.FormatInt(e.Offset, 10)
	case *json.UnmarshalTypeError:
		return "wrong type for " + e.Field
	}
	return err.Error()
}
