package app

import "strings"

// Location is a page address as the browser's location holds it:
// Path "/calc/", Query "?a=b" or "", Fragment "#v=1&…" or "".
//
// Go's url.Parse, which the page's framework runs on the address before
// anything else, refuses a "%" that starts no escape ("/#%", "5%,2") and
// control bytes; the browser keeps both as typed. Repaired writes those as
// escapes and leaves everything else as it was.
type Location struct {
	Path, Query, Fragment string
}

// String is the address without scheme and host, as history.replaceState takes it.
func (l Location) String() string { return l.Path + l.Query + l.Fragment }

// Repaired is l with every "%" that starts no escape written "%25" and every
// control byte escaped, so that url.Parse reads it; changed says whether
// anything had to be. A share link read from the repaired fragment holds
// the same text as the damaged one, where it could be read at all: "5%"
// stays "5%", for the quote to say it is no number.
func (l Location) Repaired() (r Location, changed bool) {
	r = Location{repairEscapes(l.Path), repairEscapes(l.Query), repairEscapes(l.Fragment)}
	return r, r != l
}

// repairEscapes escapes a lone "%" and control bytes; valid escapes and
// every other byte, UTF-8 or not, stay as they are.
func repairEscapes(s string) string {
	if !needsRepair(s) {
		return s
	}
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case loneEscape(s, i):
			b.WriteString("%25")
		case c < 0x20 || c == 0x7f:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func needsRepair(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f || loneEscape(s, i) {
			return true
		}
	}
	return false
}

// loneEscape says whether s[i] is a "%" that starts no escape.
func loneEscape(s string, i int) bool {
	return s[i] == '%' && !(i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]))
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
