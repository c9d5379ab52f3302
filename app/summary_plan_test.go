package app

import (
	"reflect"
	"testing"

	"qidian-calculator/pricing"
)

// Issue 30: a plan's summary says what is paid now and at month 6 beside
// the whole plan's total, marks the planned line with its month, and says
// so to screen readers; an estimate without a plan keeps its plain total.
func TestSummaryOfAPlan(t *testing.T) {
	q := pricing.Default().Price(examplePlan(), today())
	for _, c := range []struct {
		lang                    pricing.Lang
		heading, when, announce string
		paid                    []planPaid
	}{
		{pricing.ZH, "整个计划合计", "第6个月增购", "整个计划合计 14,785.20 元；现在支付 9,990.00 元；第6个月支付 4,795.20 元",
			[]planPaid{{0, "现在支付", "9,990.00 元"}, {6, "第6个月支付", "4,795.20 元"}}},
		{pricing.EN, "Whole plan", "Added at month 6", "Whole plan ¥14,785.20; Paid now ¥9,990.00; Paid at month 6 ¥4,795.20",
			[]planPaid{{0, "Paid now", "¥9,990.00"}, {6, "Paid at month 6", "¥4,795.20"}}},
	} {
		s := summaryView(q, c.lang)
		if !reflect.DeepEqual(s.Plan, c.paid) {
			t.Errorf("%s: payments %+v, want %+v", c.lang, s.Plan, c.paid)
		}
		if h := totalHeading(s, c.lang); h != c.heading {
			t.Errorf("%s: heading %q, want %q", c.lang, h, c.heading)
		}
		if s.Lines[0].When != "" || s.Lines[1].When != c.when {
			t.Errorf("%s: lines marked %q and %q, want none and %q", c.lang, s.Lines[0].When, s.Lines[1].When, c.when)
		}
		total, _ := totalText(q, c.lang)
		if a := planAnnouncement("plain", s.Plan, total, c.lang); a != c.announce {
			t.Errorf("%s: announced %q, want %q", c.lang, a, c.announce)
		}
	}

	plain := pricing.Default().Price(pricing.Estimate{Lines: []pricing.Line{{Item: "chat-basic", Mode: pricing.New, Quantity: "5", Years: "2"}}}, today())
	s := summaryView(plain, pricing.ZH)
	if s.Plan != nil || totalHeading(s, pricing.ZH) != "合计" || planAnnouncement("合计 9,990.00 元", s.Plan, "9,990.00 元", pricing.ZH) != "合计 9,990.00 元" {
		t.Errorf("an estimate without a plan: payments %+v, heading %q", s.Plan, totalHeading(s, pricing.ZH))
	}
}
