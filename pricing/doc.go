// Package pricing prices Tencent Qidian customer service (腾讯企点客服)
// purchases: online chat, phone, chatbots, session packs, the industry
// knowledge cloud and the cold-start service. It is pure Go with no browser or
// UI dependency, so the page (as WebAssembly), the server's quote command and
// the tests all run the same code. Rule ids (R1…R19) refer to docs/rules.md.
//
// # Catalog
//
// The vendor's price list is data: catalog.json, validated and turned into a
// Go table by `go generate ./pricing` (R2, R5). [Default] returns it; a price
// change is a new list, catalog-VERSION.json with the date it takes effect,
// and a go generate, never code. [Lists] holds them in order, and
// [PriceLists.Price] prices an estimate by the list of its quote date while
// the quote is valid, and of today after it (R19). Items carry their minimum
// for a new purchase (R3) and the 专业版 one-set limit (R4).
//
// # Money
//
// Amounts are CNY, held as exact decimals ([Money], shopspring/decimal); no
// float ever touches one (R1). Each line is computed exactly, then rounded
// half-up to the fen once; the total is the sum of the rounded lines. Today's
// prices are whole yuan, so unit/10 × months is exact to the jiao and the
// rounding never changes an amount; the tests prove it. People see amounts as
// "4,795.20 元" in Chinese and "¥4,795.20" in English ([AmountText]), list
// prices as "999元/用户/年" and "¥999/user/yr" ([UnitPriceText]).
//
// # Lines
//
//   - New purchase of an annual item: unit × quantity × years, 1 to [MaxYears] years (R6).
//   - Addition to a running subscription: unit × Y × n + min(unit/10 × M × n, unit × n)
//     for a remaining term of Y years and M months (R7). Every addition in an
//     estimate shares the account's one remaining term (R9).
//   - One-time items (packs, knowledge cloud): unit × quantity, no years (R12).
//   - Price-on-request items are quoted without an amount and left out of the
//     total, which says so (R11). With nothing priced there is no total: "—",
//     no amount in words, and null in the JSON export, never a zero.
//
// # Remaining term
//
// Given as years + months, or as the account's expiry date and the day of the
// addition (default: today). From dates, whole months are counted from the
// addition day and a started month counts as a whole one; a month from the
// 31st ends on the last day of a shorter month ([TermBetween], R8).
//
// # Plans
//
// A [Planned] line adds units "after M months" to a new purchase of Y years
// in the same estimate; its remaining term is 12 × Y − M months, priced by R7,
// and chatbots follow the online chat purchase (R9, R14). [Quote.Plan] gives
// what is paid now, at each later month and in all, the renewal at the end of
// the term at today's list prices (R15), and a timeline the page draws.
//
// # Pack advisor
//
// [Catalog.AdvisePacks] finds the cheapest packs for N expected sessions,
// ties to the larger quota then fewer packs, exactly and in constant time for
// every N up to [MaxSessions] (R13).
//
// # Errors
//
// Bad input never panics. Every problem is an [*InputError] naming the line,
// the field and the reason, with its message in Chinese and English; the other
// lines are still priced, and [Quote.Complete] is false.
//
// # Languages
//
// Every text is in Chinese (the default) and English. [Lang.Pick] and
// [Text.In] choose between them, and [Unit.Word], [Unit.Count] and
// [Unit.Per] are the one table of unit words (用户, 个, 套; user, bot, set)
// that messages, working, exports and the page use.
//
// # Estimates as data
//
// [Estimate] is also the JSON the page exports and the quote command reads
// ([DecodeEstimate], [EncodeEstimate]). Counts are kept as typed ([Number]),
// so a half-typed value is reported, never lost. [ReadEstimate] reads a
// file or standard input holding either JSON or a share link, at most
// [MaxEstimateBytes], refusing anything longer whole. Text from an estimate
// is shown through [Printable] in a terminal, and CSV cells that would start
// a formula are neutralised.
package pricing
