package pricing_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"qidian-calculator/pricing"
)

// These examples document the formats callers depend on (share link,
// estimate JSON, the printed quote, the JSON and CSV exports) by code the
// tests run, so they cannot drift from what the package writes.

var exampleDay = time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)

// The source's worked example as an estimate: 5 users for 2 years, and 3 more
// added to a running account with 1 year 6 months left.
var workedExample = pricing.Estimate{
	Lang: pricing.ZH,
	Term: pricing.Term{Years: "1", Months: "6"},
	Lines: []pricing.Line{
		{Item: "chat-basic", Mode: pricing.New, Quantity: "5", Years: "2"},
		{Item: "chat-basic", Mode: pricing.Add, Quantity: "3"},
	},
}

// A share link carries the whole estimate in the URL fragment: the format,
// the language, the remaining term, then one l= per line
// (item,mode,quantity,years,industry,after), empty trailing fields left off.
func ExampleEncodeLink() {
	fmt.Println(pricing.EncodeLink(workedExample))
	fmt.Println(pricing.EncodeLink(pricing.Estimate{
		Term:    pricing.Term{Basis: pricing.ByDates, Expiry: "2028-05-27"},
		Details: pricing.Details{Customer: "ACME 公司", ValidDays: "15"},
		Lines: []pricing.Line{
			{Item: "knowledge-cloud", Quantity: "1", Industry: "education"},
			{Item: "chat-basic", Mode: pricing.Planned, Quantity: "3", After: "6"},
		},
	}))
	// Output:
	// v=1&lang=zh-CN&t=1,6&l=chat-basic,new,5,2&l=chat-basic,add,3
	// v=1&t=d,2028-05-27,&customer=ACME+%E5%85%AC%E5%8F%B8&valid=15&l=knowledge-cloud,,1,,education&l=chat-basic,plan,3,,,6
}

// DecodeLink reads a fragment with or without "#". Values stay as typed, so a
// wrong one reaches the quote, which names it.
func ExampleDecodeLink() {
	e, err := pricing.DecodeLink("#v=1&lang=en&t=1,6&l=chat-basic,new,5,2&l=chat-basic,add,3x")
	fmt.Println(err)
	fmt.Println(e.Lang, e.Term.Years, e.Term.Months)
	for _, l := range e.Lines {
		fmt.Printf("%s %s quantity %q years %q\n", l.Item, l.Mode, l.Quantity, l.Years)
	}
	// Output:
	// <nil>
	// en 1 6
	// chat-basic new quantity "5" years "2"
	// chat-basic add quantity "3x" years ""
}

// A damaged link opens with what could be read; the error names the rest.
func ExampleDecodeLink_damaged() {
	e, err := pricing.DecodeLink("v=1&l=chat-basic,new,5,2&colour=blue")
	fmt.Println(len(e.Lines), "line read")
	var p pricing.Problem
	if errors.As(err, &p) {
		fmt.Println(p.Message(pricing.ZH))
		fmt.Println(p.Message(pricing.EN))
	}
	// Output:
	// 1 line read
	// 链接中有部分内容无法读取（colour=blue），已打开其余能读取的项目。
	// Part of the link could not be read (colour=blue); everything else in it is open.
}

// The estimate JSON is what the page downloads and the quote command reads.
// Counts are numbers when they are whole numbers, else the text as typed.
func ExampleEncodeEstimate() {
	os.Stdout.Write(pricing.EncodeEstimate(workedExample))
	// Output:
	// {
	//   "format": 1,
	//   "lang": "zh-CN",
	//   "term": {
	//     "years": 1,
	//     "months": 6
	//   },
	//   "lines": [
	//     {
	//       "item": "chat-basic",
	//       "mode": "new",
	//       "quantity": 5,
	//       "years": 2
	//     },
	//     {
	//       "item": "chat-basic",
	//       "mode": "add",
	//       "quantity": 3
	//     }
	//   ]
	// }
}

// DecodeEstimate reads that JSON back; a count may be a number or a string,
// and a value of the wrong type is named by line and field.
func ExampleDecodeEstimate() {
	e, err := pricing.DecodeEstimate([]byte(`{"format":1,"lines":[{"item":"chat-basic","quantity":"5","years":2}]}`))
	fmt.Println(e.Lines[0].Item, e.Lines[0].Quantity, e.Lines[0].Years, err)

	_, err = pricing.DecodeEstimate([]byte(`{"format":1,"lines":[{"item":"chat-basic","quantity":[5]}]}`))
	fmt.Println(err.(pricing.Problem).Detail(pricing.EN))
	// Output:
	// chat-basic 5 2 <nil>
	// Line 1, quantity: Must be a number, such as 3.
}

// ReadEstimate takes what a person hands the quote command: an estimate JSON
// or a share link, a whole URL or its fragment.
func ExampleReadEstimate() {
	for _, in := range []string{
		`{"format":1,"lines":[{"item":"pack-6m","quantity":2}]}`,
		"https://calc.example/#v=1&l=pack-6m,,2\n",
		`{"format":1,"lines":[]}`,
	} {
		e, err := pricing.ReadEstimate(strings.NewReader(in))
		if err != nil {
			fmt.Println(err.(pricing.Problem).Detail(pricing.EN))
			continue
		}
		fmt.Println(e.Lines[0].Item, e.Lines[0].Quantity)
	}
	// Output:
	// pack-6m 2
	// pack-6m 2
	// Estimate: The estimate has no items.
}

// A Document is the quote as it prints: the page's printed 报价单 and the
// quote command both write it, so they agree.
func ExampleNewDocument() {
	q := pricing.Default().Price(workedExample, exampleDay)
	d := pricing.NewDocument(workedExample, &q, pricing.ZH, exampleDay)
	fmt.Println(d.Reference, d.Date, d.ValidUntil, d.Term)
	for _, r := range d.Rows {
		fmt.Println(r.Number, r.Product, r.Purchase, r.Quantity, r.Term, r.UnitPrice, r.Amount)
	}
	fmt.Println(d.TotalFigure(true), "人民币"+d.TotalInWords)
	// Output:
	// QD-5VX6-JGE5 2026-11-27 2026-12-27 1年6个月
	// 1 在线客服 基础版 新购 5个用户 2年 999.00 9,990.00
	// 2 在线客服 基础版 增购 3个用户 剩余1年6个月 999.00 4,795.20
	// 14,785.20 元 人民币壹万肆仟柒佰捌拾伍元贰角整
}

// WriteDocument is the quote command's text.
func ExampleWriteDocument() {
	e := workedExample
	e.Details = pricing.Details{Customer: "ACME"}
	q := pricing.Default().Price(e, exampleDay)
	pricing.WriteDocument(os.Stdout, pricing.NewDocument(e, &q, pricing.EN, exampleDay))
	// Output:
	// Quotation
	// Seller: Tencent Qidian customer service
	// Reference: QD-5VX6-JGE5
	// Date: 2026-11-27
	// Valid: 30 days (until 2026-12-27)
	// Price list: 2026-11 (2026-11-27)
	// Customer: ACME
	// Remaining term: 1 year 6 months
	//
	// 1. Online chat Basic | New purchase | 5 users | 2 years | unit price ¥999.00/user/yr: ¥9,990.00
	//    5 users × 2 yr × ¥999/user/yr = ¥9,990.00
	// 2. Online chat Basic | Addition | 3 users | 1 year 6 months left | unit price ¥999.00/user/yr: ¥4,795.20
	//    3 users × 1 yr × ¥999/user/yr + 3 users × 6 mo × ¥999/10/user/mo = ¥4,795.20
	// Total: ¥14,785.20
	// Total in words: fourteen thousand seven hundred eighty-five yuan and twenty fen
	//
	// Terms:
	// 1. Prices are the published list prices of the Tencent Qidian customer service price list 2026-11 (2026-11-27), in CNY.
	// 2. Additions are prorated to the account's expiry: whole years at the yearly price, each further month at a tenth of it, at most one year's price.
	// 3. Users or bots removed during a term are not refunded for that term.
	// 4. This quotation is valid for 30 days from 2026-11-27 (until 2026-12-27).
}

// The JSON export is the estimate (so DecodeEstimate reads it back) plus,
// under "quote", every line's amount and working; amounts are strings to the
// fen, never floats.
func ExampleExport_JSON() {
	e := pricing.Estimate{Lines: []pricing.Line{{Item: "chat-basic", Quantity: "5", Years: "2"}}}
	q := pricing.Default().Price(e, exampleDay)
	os.Stdout.Write(pricing.NewExport(e, &q, pricing.EN, exampleDay).JSON())
	// Output:
	// {
	//   "format": 1,
	//   "catalog": "2026-11",
	//   "lang": "en",
	//   "reference": "QD-4NSG-DR3U",
	//   "term": {},
	//   "lines": [
	//     {
	//       "item": "chat-basic",
	//       "quantity": 5,
	//       "years": 2
	//     }
	//   ],
	//   "date": "2026-11-27",
	//   "catalogDate": "2026-11-27",
	//   "quote": {
	//     "lines": [
	//       {
	//         "item": "chat-basic",
	//         "name": "Online chat Basic",
	//         "kind": "new",
	//         "quantity": 5,
	//         "years": 2,
	//         "unitPrice": "999.00",
	//         "amount": "9990.00",
	//         "working": "5 users × 2 yr × ¥999/user/yr = ¥9,990.00"
	//       }
	//     ],
	//     "total": "9990.00",
	//     "excludesOnRequest": false,
	//     "complete": true
	//   },
	//   "validDays": 30,
	//   "validUntil": "2026-12-27",
	//   "totalInWords": "nine thousand nine hundred ninety yuan"
	// }
}

// The CSV export opens in a spreadsheet: a byte-order mark for Excel, the
// header rows of the printed quote, one row per line, then the total.
func ExampleExport_CSV() {
	q := pricing.Default().Price(workedExample, exampleDay)
	csv := pricing.NewExport(workedExample, &q, pricing.ZH, exampleDay).CSV()
	fmt.Print(strings.TrimPrefix(string(csv), "\uFEFF"))
	// Output:
	// 价目表版本,2026-11,2026-11-27,日期,2026-11-27
	// 剩余有效期,1年6个月
	// 报价单号,QD-5VX6-JGE5
	// 有效期（天）,30,有效期至,2026-12-27
	// #,项目,购买方式,数量,年限,单价（元）,金额（元）,计算过程,问题
	// 1,在线客服 基础版,新购,5,2,999.00,9990.00,"5个用户 × 2年 × 999元/用户/年 = 9,990.00 元",
	// 2,在线客服 基础版,增购,3,,999.00,4795.20,"3个用户 × 1年 × 999元/用户/年 + 3个用户 × 6个月 × 999元/10/用户/月 = 4,795.20 元",
	// ,合计,,,,,14785.20,,
	// ,合计（大写）,,,,,人民币壹万肆仟柒佰捌拾伍元贰角整,,
}

// TermBetween counts the remaining term between the day of an addition and
// the account's expiry: a started month counts as a whole month (R8).
func ExampleTermBetween() {
	from := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	for _, expiry := range []string{"2028-05-27", "2028-05-28", "2026-12-01"} {
		to, _ := pricing.ParseDate(expiry)
		t, err := pricing.TermBetween(from, to)
		fmt.Println(expiry, t.In(pricing.ZH), t.In(pricing.EN), t, err)
	}
	_, err := pricing.TermBetween(from, from)
	fmt.Println(err.Detail(pricing.EN))
	// Output:
	// 2028-05-27 1年6个月 1 year 6 months 1y6m <nil>
	// 2028-05-28 1年7个月 1 year 7 months 1y7m <nil>
	// 2026-12-01 1个月 1 month 0y1m <nil>
	// Expiry date: The expiry date must be after the day of the addition.
}

// AmountText writes an amount as the page does: grouped, to the fen, with
// the currency after it in Chinese and before it in English.
func ExampleAmountText() {
	m := pricing.Yuan(decimal.RequireFromString("14785.2"))
	fmt.Println(pricing.AmountText(m, pricing.ZH))
	fmt.Println(pricing.AmountText(m, pricing.EN))
	fmt.Println(m.String(), m.Fixed(), m.Plain())
	// Output:
	// 14,785.20 元
	// ¥14,785.20
	// 14,785.20 14785.20 14,785.2
}

// CapitalAmount writes the capital numerals of a cheque or invoice (R16);
// the printed quote puts 人民币 before them.
func ExampleCapitalAmount() {
	for _, s := range []string{"14785.20", "100000", "0.5", "-1"} {
		words, ok := pricing.CapitalAmount(pricing.Yuan(decimal.RequireFromString(s)))
		fmt.Println(s, words, ok)
	}
	// Output:
	// 14785.20 壹万肆仟柒佰捌拾伍元贰角整 true
	// 100000 壹拾万元整 true
	// 0.5 伍角整 true
	// -1  false
}

// EnglishAmount is the English printed quote's total in words.
func ExampleEnglishAmount() {
	words, _ := pricing.EnglishAmount(pricing.Yuan(decimal.RequireFromString("14785.20")))
	fmt.Println(words)
	// Output:
	// fourteen thousand seven hundred eighty-five yuan and twenty fen
}

// The pack advisor's plan becomes estimate lines in one step.
func ExamplePackPlan_Lines() {
	n, err := pricing.ParseSessions("１,000,000") // full-width digits and separators are read too
	if err != nil {
		panic(err)
	}
	plan, _ := pricing.Default().AdvisePacks(n)
	for _, l := range plan.Lines() {
		fmt.Println(l.Item, l.Quantity)
	}
	// Output:
	// pack-960k 1
	// pack-120k 1
}

// A bad number of sessions is refused with a message for beside the field.
func ExampleParseSessions() {
	_, err := pricing.ParseSessions("lots")
	fmt.Println(err.Detail(pricing.ZH))
	fmt.Println(err.Detail(pricing.EN))
	// Output:
	// 预计会话数：请输入数字，例如 3。
	// Expected sessions: Enter a number, such as 3.
}

// Details that cannot go on the printed quote are reported and left off it;
// the estimate keeps them as typed.
func ExampleDetails_Problems() {
	d := pricing.Details{Customer: strings.Repeat("长", pricing.MaxCustomerChars+1), ValidDays: "0"}
	for _, p := range d.Problems() {
		fmt.Println(p.Detail(pricing.ZH))
		fmt.Println(p.Detail(pricing.EN))
	}
	// Output:
	// 客户名称：最多 80 个字，缩短之前不会印在报价单上。
	// Customer: At most 80 characters; it is left off the quote until shortened.
	// 有效期（天）：不能小于 1。
	// Validity (days): Must be at least 1.
}

// Both kinds of input error are a Problem: one way to show either.
func ExampleProblem() {
	e := workedExample
	e.Lines = append(e.Lines, pricing.Line{Item: "chat-basic", Quantity: "2", Years: "1"})
	e.Details.Notes = "\x1b[2J"
	q := pricing.Default().Price(e, exampleDay)
	var problems []pricing.Problem
	for _, p := range q.Errors() {
		problems = append(problems, p)
	}
	for _, p := range e.Details.Problems() {
		problems = append(problems, p)
	}
	for _, p := range problems {
		fmt.Println(p.Detail(pricing.EN))
	}
	// Output:
	// Line 3, quantity: A new purchase needs at least 3 users.
	// Notes: Holds control characters or unreadable text; it is left off the quote.
}

// The reference depends on what is priced, not on the language or details.
func ExampleReference() {
	q := pricing.Default().Price(workedExample, exampleDay)
	en := workedExample
	en.Lang, en.Details.Customer = pricing.EN, "ACME"
	fmt.Println(pricing.Reference(workedExample, &q), pricing.Reference(en, &q))
	// Output:
	// QD-5VX6-JGE5 QD-5VX6-JGE5
}

// Printable keeps text from an estimate from acting on a terminal.
func ExamplePrintable() {
	fmt.Println(pricing.Printable("chat\x1b[2J\nTotal: 0.00 \u202eabc"))
	// Output:
	// chat\x1b[2J\nTotal: 0.00 \u202eabc
}

// When names a month of a plan.
func ExampleWhen() {
	fmt.Println(pricing.When(0, pricing.ZH), pricing.When(6, pricing.ZH), pricing.When(0, pricing.EN), pricing.When(6, pricing.EN))
	// Output:
	// 现在 第6个月 now month 6
}

// An estimate of price-on-request items only is valid but has no total: the
// document shows "—" and no words, the JSON export a null total.
func ExampleQuote_HasTotal() {
	e := pricing.Estimate{Lines: []pricing.Line{{Item: "bot-pro", Quantity: "1", Years: "1"}}}
	q := pricing.Default().Price(e, exampleDay)
	d := pricing.NewDocument(e, &q, pricing.EN, exampleDay)
	fmt.Println(q.HasTotal(), len(q.Errors()), d.TotalFigure(true), d.TotalInWords == "")
	for _, line := range strings.Split(string(pricing.NewExport(e, &q, pricing.EN, exampleDay).JSON()), "\n") {
		if strings.Contains(line, `"total"`) || strings.Contains(line, `"complete"`) {
			fmt.Println(strings.TrimSpace(line))
		}
	}
	// Output:
	// false 0 — true
	// "total": null,
	// "complete": false
}
