package pricing

import (
	"crypto/sha256"
	"encoding/base32"
)

// Reference is the quote reference (报价单号) of an estimate priced as q:
// the one it was given when created (e.Reference, quote_number.go), else,
// for an estimate from before, "QD-" and eight letters and digits derived
// from what is priced, so the same estimate always gets the same reference
// and any change to it gets another. The language, the quote's details, the
// name and the day do not count; the price list's version does, and the
// remaining term only when a line is an addition that uses it.
func Reference(e Estimate, q *Quote) string {
	if ValidReference(e.Reference) {
		return e.Reference
	}
	canon := e // a copy: whatever a later format adds to an estimate counts
	canon.Catalog, canon.Lang, canon.Details = q.CatalogVersion, "", Details{}
	canon.Reference, canon.Name = "", "" // labels, not what is priced
	if !q.HasAdditions {
		canon.Term = Term{}
	}
	// The share link is the estimate's one stable text form (format 1 is
	// pinned), and writing it needs no encoding/json on the page's start.
	sum := sha256.Sum256([]byte(EncodeLink(canon)))
	s := base32.StdEncoding.EncodeToString(sum[:5]) // 40 bits: 8 characters, no padding
	return "QD-" + s[:4] + "-" + s[4:]
}
