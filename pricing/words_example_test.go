package pricing_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"qidian-calculator/pricing"
)

// The printed quote writes its total in figures and in words (rule R16).
func ExampleAmountInWords() {
	for _, s := range []string{"9990", "4795.20", "0.05", "1000.50", "10010"} {
		m := pricing.Yuan(decimal.RequireFromString(s))
		zh, _ := pricing.AmountInWords(m, pricing.ZH)
		en, _ := pricing.AmountInWords(m, pricing.EN)
		fmt.Printf("%s: 人民币%s; %s\n", m, zh, en)
	}
	// Output:
	// 9,990.00: 人民币玖仟玖佰玖拾元整; nine thousand nine hundred ninety yuan
	// 4,795.20: 人民币肆仟柒佰玖拾伍元贰角整; four thousand seven hundred ninety-five yuan and twenty fen
	// 0.05: 人民币伍分; five fen
	// 1,000.50: 人民币壹仟元零伍角整; one thousand yuan and fifty fen
	// 10,010.00: 人民币壹万零壹拾元整; ten thousand ten yuan
}
