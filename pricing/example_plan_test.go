package pricing_test

import (
	"fmt"
	"time"

	"qidian-calculator/pricing"
)

// The source's worked example as one plan (R14, R15): 5 users for 2 years
// now, 3 more after 6 months; pricing derives the 1 year 6 months left.
func ExampleQuote_Plan() {
	q := pricing.Default().Price(pricing.Estimate{Lines: []pricing.Line{
		{Item: "chat-basic", Mode: pricing.New, Quantity: "5", Years: "2"},
		{Item: "chat-basic", Mode: pricing.Planned, Quantity: "3", After: "6"},
	}}, time.Now())
	p := q.Plan()
	for _, pay := range append([]pricing.Payment{p.Now}, p.Later...) {
		for _, i := range pay.Lines {
			fmt.Printf("%s: %s\n", pricing.When(pay.Month, pricing.ZH), q.Lines[i].Working(pricing.ZH))
		}
	}
	fmt.Println(p.Working(pricing.ZH))
	r := p.Renewals[0]
	fmt.Printf("%s：%s\n", r.Title(pricing.ZH), r.Working(pricing.ZH))
	fmt.Println(p.RenewalNote(pricing.ZH))
	// Output:
	// 现在: 5个用户 × 2年 × 999元/用户/年 = 9,990.00 元
	// 第6个月: 3个用户 × 1年 × 999元/用户/年 + 3个用户 × 6个月 × 999元/10/用户/月 = 4,795.20 元
	// 现在 9,990.00 元 + 第6个月 4,795.20 元 = 14,785.20 元
	// 第24个月期满后续费一年：8个用户 × 999元/用户/年 = 7,992.00 元/年
	// 按今日价目表（2026-11）估算。
}

// The same plan as the page draws it: a bar of 24 months, marks placed in
// thousandths of it, and the text alternative with the same figures.
func ExamplePlan_Timeline() {
	q := pricing.Default().Price(pricing.Estimate{Lines: []pricing.Line{
		{Item: "chat-basic", Mode: pricing.New, Quantity: "5", Years: "2"},
		{Item: "chat-basic", Mode: pricing.Planned, Quantity: "3", After: "6"},
	}}, time.Now())
	tl := q.Plan().Timeline(pricing.EN)
	fmt.Println(tl.Months, "months")
	for _, m := range tl.Marks {
		fmt.Printf("%4d‰ %-8s %s: %s\n", m.Permille, m.Kind, m.Title, m.Label)
	}
	fmt.Println(tl.Text)
	// Output:
	// 24 months
	//    0‰ purchase Now: ¥9,990.00
	//  250‰ addition Month 6: ¥4,795.20
	// 1000‰ renewal  Renewal for a year after month 24: ¥7,992.00 a year
	// Payment timeline over 24 months (2 years): now ¥9,990.00; month 6 ¥4,795.20; the whole plan ¥14,785.20. Renewal for a year after month 24: 8 users × ¥999/user/yr = ¥7,992.00 a year. An estimate at today's list prices (2026-11).
}
