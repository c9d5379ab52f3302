package pricing

import "testing"

// A ten-line estimate of every kind of line, as a busy visitor builds it.
var tenLines = Estimate{Term: Term{Years: "1", Months: "6"}, Lines: []Line{
	{Item: "chat-basic", Quantity: "5", Years: "2"},
	{Item: "chat-pro", Quantity: "3", Years: "1"},
	{Item: "phone-standard", Quantity: "10", Years: "3"},
	{Item: "phone-enterprise", Mode: Add, Quantity: "4"},
	{Item: "bot-standard", Mode: Add, Quantity: "2"},
	{Item: "bot-pro", Quantity: "1", Years: "1"},
	{Item: "pack-960k", Quantity: "1"},
	{Item: "pack-120k", Quantity: "2"},
	{Item: "knowledge-cloud", Quantity: "1", Industry: "education"},
	{Item: "chat-basic", Mode: Add, Quantity: "3"},
}}

func BenchmarkQuoteTenLines(b *testing.B) {
	cat := Default()
	for b.Loop() {
		q := cat.Price(tenLines, goldenToday)
		if !q.Complete {
			b.Fatal(q.Err())
		}
	}
}

func BenchmarkQuoteTenLinesWithWorking(b *testing.B) {
	cat := Default()
	for b.Loop() {
		q := cat.Price(tenLines, goldenToday)
		for _, l := range q.Lines {
			_ = l.Working(ZH)
			_ = l.Amount.String()
		}
	}
}

func BenchmarkAdvisePacks1e10(b *testing.B) {
	cat := Default()
	for b.Loop() {
		if _, err := cat.AdvisePacks(1e10); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAdvisePacksWorstRemainder(b *testing.B) {
	cat := Default()
	for b.Loop() {
		if _, err := cat.AdvisePacks(9_999_999_999); err != nil {
			b.Fatal(err)
		}
	}
}
