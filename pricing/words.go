package pricing

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Amounts in words (大写) for the printed quote, as cheques and invoices
// write them (R16). Both are read from the amount rounded to the fen, the
// same Money the quote shows in figures, so the two can never disagree.

// MaxAmountInWords is the largest amount written in words: 9,999万亿 元 and
// 99 fen, far above the largest possible quote (200 lines of 100,000 users
// for 10 years).
var MaxAmountInWords = Money{decimal.New(1, 16).Sub(decimal.New(1, -2))}

// AmountInWords writes m in words in lang: 玖仟玖佰玖拾元整 in Chinese,
// "nine thousand nine hundred ninety yuan" in English. It is false for a
// negative amount or one above MaxAmountInWords.
func AmountInWords(m Money, lang Lang) (string, bool) {
	if lang == EN {
		return EnglishAmount(m)
	}
	return CapitalAmount(m)
}

var (
	capitalDigits = []rune("零壹贰叁肆伍陆柒捌玖")
	capitalPlaces = []string{"", "拾", "佰", "仟"}
)

// CapitalAmount writes m in capital numerals (R16): 4,795.20 → 肆仟柒佰玖拾伍元贰角整,
// 0.05 → 伍分, 1,000.50 → 壹仟元零伍角整, 10,010.00 → 壹万零壹拾元整.
// 元 is written whenever there are whole yuan; 整 follows 元 or 角 when there
// are no fen; any run of zeros between two written digits is one 零, even
// across 万, 亿 or 元; a leading 壹拾 is written in full.
func CapitalAmount(m Money) (string, bool) {
	digits, ok := fenDigits(m)
	if !ok {
		return "", false
	}
	// digits[i] is the digit worth 10^(len-3-i) 元; the last two are 角 and 分.
	n := len(digits)
	var b strings.Builder
	written, zeroPending := false, false
	for i, d := range digits {
		p := n - 3 - i // the place: 0 for 元, -1 for 角, -2 for 分
		if d == 0 {
			zeroPending = zeroPending || written
		} else {
			if zeroPending {
				b.WriteRune('零')
				zeroPending = false
			}
			b.WriteRune(capitalDigits[d])
			switch {
			case p > 0:
				b.WriteString(capitalPlaces[p%4])
			case p == -1:
				b.WriteRune('角')
			case p == -2:
				b.WriteRune('分')
			}
			written = true
		}
		switch {
		case p == 0 && written:
			b.WriteRune('元')
		case p == 8 && written: // 亿 closes everything above it
			b.WriteRune('亿')
		case p%8 == 4 && anyNonZero(digits[max(0, i-3):i+1]):
			b.WriteRune('万')
		}
	}
	switch {
	case !written:
		return "零元整", true
	case digits[n-1] == 0:
		b.WriteRune('整')
	}
	return b.String(), true
}

// fenDigits is m in fen as decimal digits, most significant first, with at
// least three (元, 角, 分).
func fenDigits(m Money) ([]byte, bool) {
	d := m.d.Round(2)
	if d.IsNegative() || d.GreaterThan(MaxAmountInWords.d) {
		return nil, false
	}
	s := d.Shift(2).StringFixed(0)
	for len(s) < 3 {
		s = "0" + s
	}
	out := []byte(s)
	for i := range out {
		out[i] -= '0'
	}
	return out, true
}

func anyNonZero(ds []byte) bool {
	for _, d := range ds {
		if d != 0 {
			return true
		}
	}
	return false
}

var (
	englishOnes = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	englishTens   = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	englishScales = []string{"", " thousand", " million", " billion", " trillion", " quadrillion"}
)

// EnglishAmount writes m in English words, yuan and fen (one fen is 0.01 元,
// so 20 fen is 2 角): 4,795.20 → "four thousand seven hundred ninety-five
// yuan and twenty fen", 0.05 → "five fen", 9,990.00 → "nine thousand nine
// hundred ninety yuan". Numbers are written the American way: no "and" inside
// them, tens and ones joined by a hyphen.
func EnglishAmount(m Money) (string, bool) {
	digits, ok := fenDigits(m)
	if !ok {
		return "", false
	}
	n := len(digits)
	var yuan int64
	for _, d := range digits[:n-2] {
		yuan = yuan*10 + int64(d)
	}
	fen := int(digits[n-2])*10 + int(digits[n-1])
	switch {
	case yuan == 0 && fen == 0:
		return "zero yuan", true
	case fen == 0:
		return englishNumber(yuan) + " yuan", true
	case yuan == 0:
		return englishNumber(int64(fen)) + " fen", true
	}
	return englishNumber(yuan) + " yuan and " + englishNumber(int64(fen)) + " fen", true
}

// englishNumber writes 0 < n < 10^18 in words.
func englishNumber(n int64) string {
	var groups []string
	for scale := 0; n > 0; scale, n = scale+1, n/1000 {
		if g := n % 1000; g > 0 {
			groups = append([]string{englishHundreds(int(g)) + englishScales[scale]}, groups...)
		}
	}
	return strings.Join(groups, " ")
}

// englishHundreds writes 0 < n < 1000 in words.
func englishHundreds(n int) string {
	var parts []string
	if n >= 100 {
		parts = append(parts, englishOnes[n/100]+" hundred")
		n %= 100
	}
	switch {
	case n >= 20 && n%10 != 0:
		parts = append(parts, englishTens[n/10]+"-"+englishOnes[n%10])
	case n >= 20:
		parts = append(parts, englishTens[n/10])
	case n > 0:
		parts = append(parts, englishOnes[n])
	}
	return strings.Join(parts, " ")
}
