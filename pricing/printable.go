package pricing

import (
	"encoding/csv"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Text from an estimate (an unknown item id, a value as typed) reaches a
// terminal, a spreadsheet or a JSON file. These keep it from acting there:
// no control character or escape sequence can draw fake lines, and no cell
// can run as a formula.

// hidden reports a character that moves the cursor, starts an escape
// sequence, reorders text or takes no room: C0 and C1 controls, DEL, the
// line and paragraph separators, the bidirectional controls and the
// zero-width characters (which could sit unseen in a printed name).
func hidden(r rune) bool {
	return r < 0x20 || r >= 0x7f && r <= 0x9f || r == 0x061c || r >= 0x200b && r <= 0x200f ||
		r >= 0x2028 && r <= 0x202e || r == 0x2060 || r >= 0x2066 && r <= 0x2069 || r == 0xfeff
}

// Printable writes s for a terminal: hidden characters and bytes that are
// not UTF-8 become Go-style escapes (\n, \x1b, \u202e); the rest is as is.
func Printable(s string) string {
	clean := true
	for _, r := range s {
		if hidden(r) || r == utf8.RuneError {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			b.WriteString(`\x` + hex2(s[i]))
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r <= 0xff && hidden(r):
			b.WriteString(`\x` + hex2(byte(r)))
		case hidden(r):
			b.WriteString(`\u` + strconv.FormatInt(int64(r), 16))
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}

// csvCell makes a cell safe for a spreadsheet: one that would start a
// formula (=, +, -, @, tab or carriage return first) gets the usual leading
// apostrophe, and hidden characters are escaped.
func csvCell(s string) string {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		s = "'" + s
	}
	return Printable(s)
}

// safeCSV writes every cell through csvCell.
type safeCSV struct{ *csv.Writer }

func (w safeCSV) Write(row []string) error {
	cells := make([]string, len(row))
	for i, c := range row {
		cells[i] = csvCell(c)
	}
	return w.Writer.Write(cells)
}

// escapeHiddenJSON escapes the hidden characters encoding/json leaves raw
// (DEL, C1 controls, bidirectional controls) as \uXXXX. Outside strings
// JSON holds only ASCII punctuation, digits and literals, so every such
// character is inside a string and the result decodes to the same value.
func escapeHiddenJSON(b []byte) []byte {
	var out []byte
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r >= 0x20 && hidden(r) {
			if out == nil {
				out = append(make([]byte, 0, len(b)+16), b[:i]...)
			}
			out = append(out, `\u`...)
			out = append(out, hex2(byte(r>>8))+hex2(byte(r))...)
		} else if out != nil {
			out = append(out, b[i:i+size]...)
		}
		i += size
	}
	if out == nil {
		return b
	}
	return out
}
