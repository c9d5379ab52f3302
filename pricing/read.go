package pricing

import (
	"bytes"
	"io"
	"strings"
	"time"
)

// ReadEstimate reads what a person hands the quote command: an estimate
// JSON (the page's download or export) or a share link, as a whole URL or
// its fragment. It reads at most MaxEstimateBytes and refuses a longer input
// whole (InputTooLarge), never a part of it, and refuses an estimate with no
// lines (NoLines): there is nothing to quote. A link read in part returns
// the lines it could read with its error, as DecodeLink does.
func ReadEstimate(r io.Reader) (Estimate, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxEstimateBytes+1))
	if err != nil {
		return Estimate{}, err
	}
	if len(data) > MaxEstimateBytes {
		return Estimate{}, &InputError{Line: -1, Field: FieldEstimate, Reason: InputTooLarge, Limit: MaxEstimateBytes}
	}
	e, err := ParseEstimate(data)
	if err == nil && len(e.Lines) == 0 {
		err = &InputError{Line: -1, Field: FieldEstimate, Reason: NoLines}
	}
	return e, err
}

// ParseEstimate reads an estimate JSON or a share link (a URL holding
// "#v=", or the fragment itself), whichever data holds.
func ParseEstimate(data []byte) (Estimate, error) {
	s := strings.TrimSpace(string(bytes.TrimPrefix(data, []byte("\uFEFF"))))
	if strings.HasPrefix(s, "{") {
		return DecodeEstimate(data)
	}
	if i := strings.Index(s, "#v="); i >= 0 {
		s = s[i+1:]
	}
	if strings.HasPrefix(s, "v=") {
		return DecodeLink(s)
	}
	return DecodeEstimate(data)
}

// ParseDate reads a calendar day written YYYY-MM-DD (DateLayout), at
// midnight UTC as the package counts days; 2027-02-30 is refused.
func ParseDate(s string) (time.Time, error) { return parseDate(s) }
