package pricing_test

import (
	"fmt"
	"os"
	"time"

	"qidian-calculator/pricing"
)

// The source's worked example: 5 基础版 users for 2 years, then 3 more users
// six months later, with 1 year 6 months left.
func Example() {
	cat := pricing.Default()
	today := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)

	buy := cat.Price(pricing.Estimate{Lines: []pricing.Line{
		{Item: "chat-basic", Mode: pricing.New, Quantity: "5", Years: "2"},
	}}, today)
	fmt.Println(buy.Lines[0].Working(pricing.ZH))

	add := cat.Price(pricing.Estimate{
		Term:  pricing.Term{Years: "1", Months: "6"},
		Lines: []pricing.Line{{Item: "chat-basic", Mode: pricing.Add, Quantity: "3"}},
	}, today)
	l := add.Lines[0]
	fmt.Println(l.Working(pricing.ZH))
	fmt.Println(l.WholePart, "+", l.PartialPart, "=", l.Amount)
	// Output:
	// 5个用户 × 2年 × 999元/用户/年 = 9,990.00 元
	// 3个用户 × 1年 × 999元/用户/年 + 3个用户 × 6个月 × 999元/10/用户/月 = 4,795.20 元
	// 2,997.00 + 1,798.20 = 4,795.20
}

// For 1,000,000 expected chatbot sessions a 960k pack and a 120k pack are the
// cheapest cover (R13).
func ExampleCatalog_AdvisePacks() {
	plan, err := pricing.Default().AdvisePacks(1_000_000)
	if err != nil {
		panic(err)
	}
	for _, p := range plan.Packs {
		fmt.Println(p.Count, "×", p.Pack.ID)
	}
	fmt.Println(plan.Quota, pricing.AmountText(plan.Cost, pricing.ZH))
	// Output:
	// 1 × pack-960k
	// 1 × pack-120k
	// 1080000 9,200.00 元
}

// A new purchase below the minimum is an error on its field, in either language.
func ExampleInputError() {
	q := pricing.Default().Price(pricing.Estimate{Lines: []pricing.Line{
		{Item: "phone-enterprise", Quantity: "2", Years: "1"},
	}}, time.Now())
	for _, e := range q.Errors() {
		fmt.Println(e.Detail(pricing.ZH))
		fmt.Println(e.Detail(pricing.EN))
	}
	// Output:
	// 第1行 数量：新购最低 3个用户起售。
	// Line 1, quantity: A new purchase needs at least 3 users.
}

// A quote as the quote command prints it.
func ExampleWriteText() {
	q := pricing.Default().Price(pricing.Estimate{
		Term: pricing.Term{Basis: pricing.ByDates, From: "2026-11-27", Expiry: "2028-05-27"},
		Lines: []pricing.Line{
			{Item: "chat-basic", Mode: pricing.Add, Quantity: "3"},
			{Item: "bot-pro", Quantity: "1", Years: "1"},
		},
	}, time.Now())
	pricing.WriteText(os.Stdout, &q, pricing.EN)
	// Output:
	// Price list 2026-11 (2026-11-27)
	// Remaining term: 1 year 6 months (2026-11-27 → 2028-05-27, a started month counts as a whole month)
	// 1. Online chat Basic (addition): ¥4,795.20
	//    3 users × 1 yr × ¥999/user/yr + 3 users × 6 mo × ¥999/10/user/mo = ¥4,795.20
	// 2. Chatbot Professional: Price on request
	// Total: ¥4,795.20 (excludes price-on-request items)
}
