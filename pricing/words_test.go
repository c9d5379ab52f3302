package pricing

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

func yuan(s string) Money { return Money{decimal.RequireFromString(s)} }

func TestCapitalAmount(t *testing.T) {
	cases := []struct{ in, want string }{
		// The and visitor.md's examples (rule R16).
		{"9990.00", "玖仟玖佰玖拾元整"},
		{"4795.20", "肆仟柒佰玖拾伍元贰角整"},
		{"0.05", "伍分"},
		{"1000.50", "壹仟元零伍角整"},
		{"10010.00", "壹万零壹拾元整"},
		{"10.00", "壹拾元整"},
		{"14785.20", "壹万肆仟柒佰捌拾伍元贰角整"},

		// Nothing, 角 alone, 分 alone, both.
		{"0", "零元整"},
		{"0.50", "伍角整"},
		{"0.01", "壹分"},
		{"0.55", "伍角伍分"},
		{"1", "壹元整"},
		{"1.05", "壹元零伍分"},
		{"1.50", "壹元伍角整"},
		{"1.55", "壹元伍角伍分"},

		// A zero in every place of 1,111.11, then runs of zeros.
		{"1111.11", "壹仟壹佰壹拾壹元壹角壹分"},
		{"111.11", "壹佰壹拾壹元壹角壹分"},
		{"1011.11", "壹仟零壹拾壹元壹角壹分"},
		{"1101.11", "壹仟壹佰零壹元壹角壹分"},
		{"1110.11", "壹仟壹佰壹拾元零壹角壹分"},
		{"1111.01", "壹仟壹佰壹拾壹元零壹分"},
		{"1111.10", "壹仟壹佰壹拾壹元壹角整"},
		{"1001.00", "壹仟零壹元整"},
		{"1000.01", "壹仟元零壹分"},
		{"1000.05", "壹仟元零伍分"},
		{"10.05", "壹拾元零伍分"},
		{"100.00", "壹佰元整"},
		{"101.00", "壹佰零壹元整"},
		{"110.00", "壹佰壹拾元整"},
		{"999.99", "玖佰玖拾玖元玖角玖分"},

		// 万: its own section, all zero, zeros on either side.
		{"10000", "壹万元整"},
		{"10001", "壹万零壹元整"},
		{"100000", "壹拾万元整"},
		{"100010", "壹拾万零壹拾元整"},
		{"107000.53", "壹拾万零柒仟元零伍角叁分"},
		{"110000", "壹拾壹万元整"},
		{"1000000", "壹佰万元整"},
		{"10001000", "壹仟万零壹仟元整"},
		{"10010000", "壹仟零壹万元整"},
		{"99999999.99", "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"},

		// 亿, and 万 above it.
		{"100000000", "壹亿元整"},
		{"100000001", "壹亿零壹元整"},
		{"100010000", "壹亿零壹万元整"},
		{"110000000", "壹亿壹仟万元整"},
		{"1000000000", "壹拾亿元整"},
		{"1000000000000", "壹万亿元整"},
		{"1000100000000", "壹万零壹亿元整"},
		{"1000000010000", "壹万亿零壹万元整"},
		{"123456789012.34", "壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分"},
		{"1234560000000000", "壹仟贰佰叁拾肆万伍仟陆佰亿元整"},
		{"9999999999999999.99", "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"},

		// From the rounded amount: half up to the fen (R1).
		{"0.005", "壹分"},
		{"4795.195", "肆仟柒佰玖拾伍元贰角整"},
	}
	for _, c := range cases {
		got, ok := CapitalAmount(yuan(c.in))
		if !ok || got != c.want {
			t.Errorf("CapitalAmount(%s) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

func TestAmountInWordsRefuses(t *testing.T) {
	for _, in := range []string{"-0.01", "-5", "10000000000000000", "9999999999999999.995"} {
		for _, lang := range []Lang{ZH, EN} {
			if got, ok := AmountInWords(yuan(in), lang); ok || got != "" {
				t.Errorf("AmountInWords(%s, %s) = %q, %v; want a refusal", in, lang, got, ok)
			}
		}
	}
	if _, ok := CapitalAmount(MaxAmountInWords); !ok {
		t.Error("MaxAmountInWords itself is refused")
	}
}

func TestEnglishAmount(t *testing.T) {
	cases := []struct{ in, want string }{
		{"9990.00", "nine thousand nine hundred ninety yuan"},
		{"4795.20", "four thousand seven hundred ninety-five yuan and twenty fen"},
		{"0.05", "five fen"},
		{"0.50", "fifty fen"},
		{"0", "zero yuan"},
		{"1", "one yuan"},
		{"1.01", "one yuan and one fen"},
		{"10", "ten yuan"},
		{"15", "fifteen yuan"},
		{"1000.50", "one thousand yuan and fifty fen"},
		{"10010.00", "ten thousand ten yuan"},
		{"14785.20", "fourteen thousand seven hundred eighty-five yuan and twenty fen"},
		{"100000", "one hundred thousand yuan"},
		{"1000001", "one million one yuan"},
		{"1000000000000", "one trillion yuan"},
		{"123456789012.34", "one hundred twenty-three billion four hundred fifty-six million seven hundred eighty-nine thousand twelve yuan and thirty-four fen"},
		{"9999999999999999.99", "nine quadrillion nine hundred ninety-nine trillion nine hundred ninety-nine billion nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine yuan and ninety-nine fen"},
	}
	for _, c := range cases {
		got, ok := EnglishAmount(yuan(c.in))
		if !ok || got != c.want {
			t.Errorf("EnglishAmount(%s) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

// parseCapital reads capital numerals back to fen. It works by multiplying
// out 拾佰仟, 万 and 亿 as they come, a different route from CapitalAmount's
// place-by-place writing, so the two check each other.
func parseCapital(t *testing.T, s string) decimal.Decimal {
	t.Helper()
	if s == "零元整" {
		return decimal.Zero
	}
	digit := map[rune]int64{}
	for i, r := range capitalDigits {
		digit[r] = int64(i)
	}
	places := map[rune]int64{'拾': 10, '佰': 100, '仟': 1000}
	var total, section, number, jiao, fen int64
	body, whole := strings.CutSuffix(s, "整")
	last := rune(0)
	for _, r := range body {
		switch {
		case r == '零':
			if last == '零' {
				t.Errorf("%s: two 零 in a row", s)
			}
		case digit[r] > 0:
			number = digit[r]
		case places[r] > 0:
			section += number * places[r]
			number = 0
		case r == '万':
			section = (section + number) * 10000
			number = 0
		case r == '亿':
			total = (total + section + number) * 100000000
			section, number = 0, 0
		case r == '元':
			total += section + number
			section, number = 0, 0
		case r == '角':
			jiao, number = number, 0
		case r == '分':
			fen, number = number, 0
		default:
			t.Fatalf("%s: unexpected %q", s, r)
		}
		if r == '零' && (last == 0 || last == '角') {
			t.Errorf("%s: 零 where no digit came before it", s)
		}
		if last == '零' && !(digit[r] > 0) {
			t.Errorf("%s: 零 before %q, not before a digit", s, r)
		}
		last = r
	}
	if number != 0 || section != 0 {
		t.Errorf("%s: digits left without a unit", s)
	}
	if whole != (fen == 0) {
		t.Errorf("%s: 整 must end exactly the amounts without 分", s)
	}
	return decimal.NewFromInt(total*100 + jiao*10 + fen).Shift(-2)
}

// parseEnglish reads EnglishAmount's words back to fen.
func parseEnglish(t *testing.T, s string) decimal.Decimal {
	t.Helper()
	value := map[string]int64{}
	for i, w := range englishOnes {
		value[w] = int64(i)
	}
	for i, w := range englishTens {
		if w != "" {
			value[w] = int64(i * 10)
		}
	}
	scale := map[string]int64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "quadrillion": 1e15}
	read := func(words []string) int64 {
		var total, group int64
		for _, w := range words {
			switch {
			case w == "hundred":
				group *= 100
			case scale[w] > 0:
				total += group * scale[w]
				group = 0
			default:
				for _, part := range strings.Split(w, "-") {
					v, ok := value[part]
					if !ok {
						t.Fatalf("%s: unexpected %q", s, part)
					}
					group += v
				}
			}
		}
		return total + group
	}
	var yuanPart, fenPart string
	if i := strings.Index(s, " yuan"); i >= 0 {
		yuanPart, fenPart = s[:i], strings.TrimPrefix(s[i+len(" yuan"):], " and ")
	} else {
		yuanPart, fenPart = "", s
	}
	fenPart = strings.TrimSuffix(fenPart, " fen")
	return decimal.NewFromInt(read(strings.Fields(yuanPart))*100 + read(strings.Fields(fenPart))).Shift(-2)
}

// Any amount, in either language, reads back as itself (rule R16).
func TestAmountInWordsReadsBack(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 13))
	for i := 0; i < 20000; i++ {
		// Digits of random length with many zeros, so runs of zeros land
		// in every place and across 万 and 亿.
		n := 1 + rng.IntN(18)
		b := make([]byte, n)
		for j := range b {
			b[j] = '0'
			if rng.IntN(3) == 0 {
				b[j] = byte('1' + rng.IntN(9))
			}
		}
		m := Money{decimal.RequireFromString(string(b)).Shift(-2)}
		zh, ok := CapitalAmount(m)
		if !ok {
			t.Fatalf("CapitalAmount(%s) refused", m)
		}
		if got := parseCapital(t, zh); !got.Equal(m.d) {
			t.Fatalf("CapitalAmount(%s) = %s, which reads back as %s", m, zh, got)
		}
		en, ok := EnglishAmount(m)
		if !ok {
			t.Fatalf("EnglishAmount(%s) refused", m)
		}
		if got := parseEnglish(t, en); !got.Equal(m.d) {
			t.Fatalf("EnglishAmount(%s) = %s, which reads back as %s", m, en, got)
		}
	}
}
