package pricing

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// seedPlan is the source's worked example as one plan (R14): 5 users for 2
// years now, 3 more users after 6 months.
func seedPlan() Estimate {
	return Estimate{Lines: []Line{
		{Item: "chat-basic", Mode: New, Quantity: "5", Years: "2"},
		{Item: "chat-basic", Mode: Planned, Quantity: "3", After: "6"},
	}}
}

func priced(t *testing.T, e Estimate) Quote {
	t.Helper()
	q := Default().Price(e, goldenToday)
	if !q.Complete {
		t.Fatalf("quote incomplete: %v", q.Err())
	}
	return q
}

// docs/rules.md's worked example: 9,990.00 now + 4,795.20 at month 6 = 14,785.20;
// renewal 8 users × 999 = 7,992.00 a year (R14, R15).
func TestPlanSeed(t *testing.T) {
	q := priced(t, seedPlan())
	add := q.Lines[1]
	if !add.Planned || add.Follows != 0 || add.After != 6 || add.Term != (RemainingTerm{1, 6}) || add.Amount.Fixed() != "4795.20" {
		t.Fatalf("planned addition: %+v", add)
	}
	if add.WholePart.Fixed() != "2997.00" || add.PartialPart.Fixed() != "1798.20" {
		t.Errorf("working parts %s + %s, want 2,997.00 + 1,798.20", add.WholePart, add.PartialPart)
	}
	p := q.Plan()
	if p.Months != 24 || p.Now.Amount.Fixed() != "9990.00" || len(p.Later) != 1 || p.Later[0].Month != 6 ||
		p.Later[0].Amount.Fixed() != "4795.20" || p.Total.Fixed() != "14785.20" {
		t.Fatalf("plan: %+v", p)
	}
	if fmt.Sprint(p.Now.Lines, p.Later[0].Lines) != "[0] [1]" {
		t.Errorf("payments hold lines %v and %v, want [0] and [1]", p.Now.Lines, p.Later[0].Lines)
	}
	for lang, want := range map[Lang]string{
		ZH: "现在 9,990.00 元 + 第6个月 4,795.20 元 = 14,785.20 元",
		EN: "now ¥9,990.00 + month 6 ¥4,795.20 = ¥14,785.20",
	} {
		if got := p.Working(lang); got != want {
			t.Errorf("%s working %q, want %q", lang, got, want)
		}
	}
	if len(p.Renewals) != 1 {
		t.Fatalf("renewals %+v", p.Renewals)
	}
	r := p.Renewals[0]
	if r.Month != 24 || r.Amount.Fixed() != "7992.00" || len(r.Lines) != 1 || r.Lines[0].Quantity != 8 {
		t.Errorf("renewal %+v, want 8 users × 999 = 7,992.00 at month 24", r)
	}
	if got := r.Working(ZH); got != "8个用户 × 999元/用户/年 = 7,992.00 元/年" {
		t.Errorf("renewal working %q", got)
	}
	if got := r.Working(EN); got != "8 users × ¥999/user/yr = ¥7,992.00 a year" {
		t.Errorf("renewal working %q", got)
	}
	if got := p.RenewalNote(ZH); got != "按今日价目表（2026-11）估算。" {
		t.Errorf("renewal note %q", got)
	}
}

// Several additions at different months, two in the same month (R14).
func TestPlanSeveralAdditions(t *testing.T) {
	q := priced(t, Estimate{Lines: []Line{
		{Item: "chat-basic", Mode: Planned, Quantity: "2", After: "12"}, // a purchase may come after its additions in the list
		{Item: "chat-basic", Mode: New, Quantity: "5", Years: "2"},
		{Item: "chat-basic", Mode: Planned, Quantity: "3", After: "6"},
		{Item: "chat-basic", Mode: Planned, Quantity: "1", After: "18"},
		{Item: "chat-basic", Mode: Planned, Quantity: "1", After: "6"},
		{Item: "pack-120k", Quantity: "1"},
	}})
	// By hand: 2 × 999 = 1,998.00 (1y0m); 3 × 999 + 3 × 6 × 99.9 = 4,795.20;
	// 1 × 6 × 99.9 = 599.40 (0y6m); 999 + 6 × 99.9 = 1,598.40; pack 1,600.00.
	want := []string{"1998.00", "9990.00", "4795.20", "599.40", "1598.40", "1600.00"}
	for i, w := range want {
		if got := q.Lines[i].Amount.Fixed(); got != w {
			t.Errorf("line %d: %s, want %s", i+1, got, w)
		}
	}
	p := q.Plan()
	got := []string{"0:" + p.Now.Amount.Fixed()}
	for _, pay := range p.Later {
		got = append(got, fmt.Sprintf("%d:%s", pay.Month, pay.Amount.Fixed()))
	}
	if s := strings.Join(got, " "); s != "0:11590.00 6:6393.60 12:1998.00 18:599.40" {
		t.Errorf("payments %s", s)
	}
	if p.Total.Fixed() != "20581.00" || !p.Total.Equal(q.Total) {
		t.Errorf("plan total %s, quote total %s, want 20,581.00", p.Total, q.Total)
	}
	// 12 users renewed; the pack is not (R15).
	if len(p.Renewals) != 1 || p.Renewals[0].Amount.Fixed() != "11988.00" || !p.OneTime {
		t.Errorf("renewal %+v", p.Renewals)
	}
	if !strings.Contains(p.RenewalNote(EN), "one-time items are not renewed") {
		t.Errorf("note %q", p.RenewalNote(EN))
	}
}

// R9: a chatbot added later follows the online chat purchase and ends on its
// expiry, even when the estimate also buys bots for a shorter term; without
// online chat it follows a purchase of its own item.
func TestPlanBotsFollowOnlineChat(t *testing.T) {
	q := priced(t, Estimate{Lines: []Line{
		{Item: "bot-standard", Mode: New, Quantity: "1", Years: "1"},
		{Item: "chat-pro", Mode: New, Quantity: "3", Years: "2"},
		{Item: "bot-standard", Mode: Planned, Quantity: "1", After: "6"},
		{Item: "bot-pro", Mode: Planned, Quantity: "1", After: "6"},
	}})
	bot := q.Lines[2]
	if bot.Follows != 1 || bot.Term != (RemainingTerm{1, 6}) || bot.Amount.Fixed() != "9280.00" { // 5,800 + 6 × 580
		t.Errorf("bot addition follows line %d with %s for %s, want line 1, 1y6m, 9,280.00", bot.Follows, bot.Term, bot.Amount)
	}
	if pro := q.Lines[3]; !pro.OnRequest || pro.Follows != 1 || pro.Term != (RemainingTerm{1, 6}) {
		t.Errorf("on-request bot addition: %+v", pro)
	}
	p := q.Plan()
	if len(p.Renewals) != 2 || p.Renewals[0].Month != 12 || p.Renewals[0].Amount.Fixed() != "5800.00" ||
		p.Renewals[1].Month != 24 || p.Renewals[1].Amount.Fixed() != "14800.00" || !p.Renewals[1].OnRequest {
		t.Fatalf("renewals %+v", p.Renewals)
	}
	if got := p.Renewals[1].Working(ZH); got != "3个用户 × 3,000元/用户/年 + 1个机器人 × 5,800元/个/年 = 14,800.00 元/年；另有智能机器人 专业版：价格请联系架构师" {
		t.Errorf("renewal working %q", got)
	}

	alone := priced(t, Estimate{Lines: []Line{
		{Item: "bot-standard", Mode: New, Quantity: "1", Years: "3"},
		{Item: "bot-standard", Mode: Planned, Quantity: "2", After: "12"},
	}})
	if l := alone.Lines[1]; l.Follows != 0 || l.Term != (RemainingTerm{2, 0}) || l.Amount.Fixed() != "23200.00" {
		t.Errorf("bot after bot: line %d, %s, %s", l.Follows, l.Term, l.Amount)
	}
}

// R7 through R14: with 10 or 11 months left the partial part costs one year.
func TestPlanCapNearTheEnd(t *testing.T) {
	cases := []struct {
		years, after string
		term         RemainingTerm
		amount       string
		capped       bool
	}{
		{"2", "13", RemainingTerm{0, 11}, "2997.00", true},
		{"2", "14", RemainingTerm{0, 10}, "2997.00", true},
		{"2", "15", RemainingTerm{0, 9}, "2697.30", false},
		{"2", "23", RemainingTerm{0, 1}, "299.70", false},
		{"3", "14", RemainingTerm{1, 10}, "5994.00", true},
	}
	for _, c := range cases {
		q := priced(t, Estimate{Lines: []Line{
			{Item: "chat-basic", Mode: New, Quantity: "3", Years: Number(c.years)},
			{Item: "chat-basic", Mode: Planned, Quantity: "3", After: Number(c.after)},
		}})
		l := q.Lines[1]
		if l.Term != c.term || l.Amount.Fixed() != c.amount || l.Capped != c.capped {
			t.Errorf("%s years, after %s: %s %s capped=%v, want %s %s %v", c.years, c.after, l.Term, l.Amount, l.Capped, c.term, c.amount, c.capped)
		}
	}
}

// Month 0, the end of the term and beyond, and words are precise errors on
// the line's "after" field; the purchase is still priced.
func TestPlanAfterErrors(t *testing.T) {
	cases := []struct {
		after  Number
		reason Reason
		zh, en string
	}{
		{"24", AfterTermEnd, "所跟随的新购有效期共 24 个月，增购须在第 1 至第 23 个月。", "The purchase it follows runs 24 months; an addition comes in month 1 to 23."},
		{"30", AfterTermEnd, "", ""},
		{"999999999999", AfterTermEnd, "", ""},
		{"0", AtPurchase, "增购须在新购之后，至少 1 个月；同时购买请计入新购的数量。", "An addition comes at least 1 month after the purchase; to buy at the same time, add to the purchase's quantity."},
		{"-6", AtPurchase, "", ""},
		{"", Empty, "请填写新购后月数。", "Enter the months after the purchase."},
		{"six", NotANumber, "", ""},
		{"6.5", NotWhole, "", ""},
	}
	for _, c := range cases {
		q := Default().Price(Estimate{Lines: []Line{
			{Item: "chat-basic", Mode: New, Quantity: "5", Years: "2"},
			{Item: "chat-basic", Mode: Planned, Quantity: "3", After: c.after},
		}}, goldenToday)
		l := q.Lines[1]
		if q.Complete || l.Priced || len(l.Errors) != 1 {
			t.Errorf("after %q: complete=%v priced=%v errors %v", c.after, q.Complete, l.Priced, l.Errors)
			continue
		}
		e := l.Errors[0]
		if e.Line != 1 || e.Field != FieldAfter || e.Reason != c.reason || e.Value != string(c.after) {
			t.Errorf("after %q: %+v, want %s on line 2's after", c.after, e, c.reason)
		}
		if c.zh != "" && (e.Message(ZH) != c.zh || e.Message(EN) != c.en) {
			t.Errorf("after %q: %q / %q", c.after, e.Message(ZH), e.Message(EN))
		}
		if !q.Lines[0].Priced || q.Total.Fixed() != "9990.00" {
			t.Errorf("after %q: the purchase is not priced alone: %s", c.after, q.Total)
		}
	}
}

// A planned addition needs one purchase to follow, named on its mode field.
func TestPlanPurchaseToFollow(t *testing.T) {
	cases := []struct {
		name   string
		lines  []Line
		reason Reason
	}{
		{"no purchase", []Line{{Item: "chat-basic", Mode: Planned, Quantity: "3", After: "6"}}, NoPurchase},
		{"another item's purchase", []Line{
			{Item: "phone-standard", Mode: New, Quantity: "3", Years: "2"},
			{Item: "chat-basic", Mode: Planned, Quantity: "3", After: "6"}}, NoPurchase},
		{"a running-account addition is no purchase", []Line{
			{Item: "chat-basic", Mode: Add, Quantity: "3"},
			{Item: "chat-basic", Mode: Planned, Quantity: "3", After: "6"}}, NoPurchase},
		{"two purchases of different years", []Line{
			{Item: "chat-basic", Mode: New, Quantity: "3", Years: "2"},
			{Item: "chat-basic", Mode: New, Quantity: "3", Years: "3"},
			{Item: "chat-basic", Mode: Planned, Quantity: "3", After: "6"}}, PurchaseUnclear},
		{"a bot between two chat editions of different years", []Line{
			{Item: "chat-basic", Mode: New, Quantity: "3", Years: "2"},
			{Item: "chat-pro", Mode: New, Quantity: "3", Years: "1"},
			{Item: "bot-standard", Mode: Planned, Quantity: "1", After: "6"}}, PurchaseUnclear},
	}
	for _, c := range cases {
		e := Estimate{Term: Term{Years: "1", Months: "0"}, Lines: c.lines}
		q := Default().Price(e, goldenToday)
		last := q.Lines[len(q.Lines)-1]
		var ie *InputError
		if len(last.Errors) != 1 || last.Errors[0].Reason != c.reason || last.Errors[0].Field != FieldMode {
			t.Errorf("%s: errors %v, want %s on the mode", c.name, last.Errors, c.reason)
		} else if ie = last.Errors[0]; strings.HasPrefix(ie.Message(ZH), string(c.reason)) || strings.HasPrefix(ie.Message(EN), string(c.reason)) {
			t.Errorf("%s: no message for %s", c.name, c.reason)
		}
	}
	// Two purchases of the same years leave no doubt: the first is followed.
	q := priced(t, Estimate{Lines: []Line{
		{Item: "chat-basic", Mode: New, Quantity: "3", Years: "2"},
		{Item: "chat-basic", Mode: New, Quantity: "4", Years: "2"},
		{Item: "chat-basic", Mode: Planned, Quantity: "3", After: "6"},
	}})
	if l := q.Lines[2]; l.Follows != 0 || l.Amount.Fixed() != "4795.20" {
		t.Errorf("same years: follows %d, %s", l.Follows, l.Amount)
	}
	// A purchase with wrong years is reported on its own line; the addition waits.
	q = Default().Price(Estimate{Lines: []Line{
		{Item: "chat-basic", Mode: New, Quantity: "3", Years: "x"},
		{Item: "chat-basic", Mode: Planned, Quantity: "3", After: "6"},
	}}, goldenToday)
	if len(q.Lines[0].Errors) != 1 || len(q.Lines[1].Errors) != 0 || q.Lines[1].Priced || q.Lines[1].Follows != 0 {
		t.Errorf("purchase with bad years: %v / %v", q.Lines[0].Errors, q.Lines[1].Errors)
	}
}

// For every purchase length and month, a planned addition costs what the
// same addition to a running account costs with Y × 12 − M months left given
// as years + months, and as dates counted by R8 from the purchase day.
func TestPlanAgreesWithRunningAccountTerms(t *testing.T) {
	start := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	for y := int64(1); y <= MaxYears; y++ {
		for m := int64(1); m < y*12; m++ {
			plan := priced(t, Estimate{Lines: []Line{
				{Item: "chat-basic", Mode: New, Quantity: "3", Years: num(y)},
				{Item: "chat-basic", Mode: Planned, Quantity: "2", After: num(m)},
			}}).Lines[1]
			left := y*12 - m
			byLength := addAmount(t, "chat-basic", 2, left/12, left%12)
			byDates := priced(t, Estimate{
				Term:  Term{Basis: ByDates, From: FormatDate(addMonths(start, m)), Expiry: FormatDate(addMonths(start, y*12))},
				Lines: []Line{{Item: "chat-basic", Mode: Add, Quantity: "2"}},
			}).Lines[0]
			if !plan.Amount.Equal(byLength.Amount) || !plan.Amount.Equal(byDates.Amount) || plan.Term != byDates.Term || plan.Working(ZH) != byDates.Working(ZH) {
				t.Fatalf("%dy after %d: plan %s %s, by length %s, by dates %s %s", y, m, plan.Term, plan.Amount, byLength.Amount, byDates.Term, byDates.Amount)
			}
		}
	}
}

// However an estimate mixes lines, its plan pays exactly the quote's total,
// now and later, and PlansAdditions says whether it pays anything later.
func TestPlanPaymentsSumToTotal(t *testing.T) {
	r := rand.New(rand.NewPCG(18, 14))
	var plans [2]int // estimates without and with additions
	items := []string{"chat-basic", "chat-pro", "phone-standard", "bot-standard", "bot-pro", "pack-360k", "nope"}
	modes := []Mode{New, Add, Planned, ""}
	for range 2000 {
		e := Estimate{Term: Term{Years: num(r.Int64N(3)), Months: num(r.Int64N(12))}}
		for range 1 + r.IntN(6) {
			e.Lines = append(e.Lines, Line{Item: items[r.IntN(len(items))], Mode: modes[r.IntN(len(modes))],
				Quantity: num(1 + r.Int64N(5)), Years: num(r.Int64N(4)), After: num(r.Int64N(40))})
		}
		q := Default().Price(e, goldenToday)
		p := q.Plan()
		if q.PlansAdditions() != p.HasAdditions() {
			t.Fatalf("%+v: PlansAdditions %v, the plan's HasAdditions %v", e, q.PlansAdditions(), p.HasAdditions())
		}
		if p.HasAdditions() {
			plans[1]++
		} else {
			plans[0]++
		}
		sum := p.Now.Amount
		for _, pay := range p.Later {
			sum = sum.Add(pay.Amount)
			if pay.Month < 1 || pay.Month >= p.Months {
				t.Fatalf("%+v: payment at month %d of %d", e, pay.Month, p.Months)
			}
		}
		if !sum.Equal(q.Total) || !p.Total.Equal(q.Total) {
			t.Fatalf("%+v: payments %s, total %s", e, sum, q.Total)
		}
	}
	if plans[0] == 0 || plans[1] == 0 {
		t.Errorf("estimates without and with additions: %v; the test needs both", plans)
	}
}

// Share links carry plans in format 1: older links read the same, and a
// calculator without plans refuses the mode rather than mispricing the line.
func TestPlanLink(t *testing.T) {
	const pinned = "v=1&l=chat-basic,new,5,2&l=chat-basic,plan,3,,,6"
	e := seedPlan()
	if got := EncodeLink(e); got != pinned {
		t.Fatalf("plan link %q, want %q", got, pinned)
	}
	back, err := DecodeLink("#" + pinned)
	if err != nil || len(back.Lines) != 2 || back.Lines[1] != e.Lines[1] {
		t.Fatalf("read back %+v, %v", back, err)
	}
	if q := priced(t, back); q.Total.Fixed() != "14785.20" {
		t.Errorf("plan link total %s", q.Total)
	}
}

// JSON carries plans: the estimate reads back, the export has the plan.
func TestPlanJSONAndCSV(t *testing.T) {
	e := seedPlan()
	back, err := DecodeEstimate(EncodeEstimate(e))
	if err != nil || back.Lines[1] != e.Lines[1] {
		t.Fatalf("estimate JSON read back %+v, %v", back, err)
	}
	if !bytes.Contains(EncodeEstimate(e), []byte(`"mode": "plan"`)) || !bytes.Contains(EncodeEstimate(e), []byte(`"after": 6`)) {
		t.Errorf("estimate JSON:\n%s", EncodeEstimate(e))
	}
	x := exportOf(t, e, ZH)
	data := x.JSON()
	if back, err := DecodeEstimate(data); err != nil || back.Lines[1] != e.Lines[1] {
		t.Fatalf("export read back %+v, %v", back, err)
	}
	var raw struct {
		Quote struct {
			Lines []struct {
				Name  string `json:"name"`
				After int64  `json:"after"`
				Term  string `json:"term"`
			} `json:"lines"`
			Plan struct {
				Months   int64 `json:"months"`
				Payments []struct {
					Month  int64  `json:"month"`
					Lines  []int  `json:"lines"`
					Amount string `json:"amount"`
				} `json:"payments"`
				Total    string `json:"total"`
				Working  string `json:"working"`
				Renewals []struct {
					Month  int64  `json:"month"`
					Amount string `json:"amount"`
					Note   string `json:"note"`
				} `json:"renewals"`
				Timeline string `json:"timeline"`
			} `json:"plan"`
		} `json:"quote"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	p := raw.Quote.Plan
	if got := fmt.Sprintf("%v %v %v %v %v", p.Months, p.Payments, p.Total, p.Renewals[0].Month, p.Renewals[0].Amount); got != "24 [{0 [1] 9990.00} {6 [2] 4795.20}] 14785.20 24 7992.00" {
		t.Errorf("export plan %s", got)
	}
	if l := raw.Quote.Lines[1]; l.After != 6 || l.Term != "1y6m" || l.Name != "在线客服 基础版（第6个月增购，剩余1年6个月）" {
		t.Errorf("export line %+v", l)
	}
	if !strings.Contains(p.Timeline, "14,785.20") || p.Renewals[0].Note == "" {
		t.Errorf("export timeline %q, note %q", p.Timeline, p.Renewals[0].Note)
	}

	// An estimate without planned additions exports as before, with no plan.
	if bytes.Contains(exportOf(t, Estimate{Lines: e.Lines[:1]}, ZH).JSON(), []byte(`"plan"`)) {
		t.Error("a single purchase exports a plan")
	}

	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(exportOf(t, e, EN).CSV(), []byte("\uFEFF"))))
	cr.FieldsPerRecord = -1
	rows, err := cr.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows[len(rows)-4:] {
		got = append(got, r[1]+"="+r[6])
	}
	if s := strings.Join(got, "; "); s != "Paid now=9990.00; Paid at month 6=4795.20; Whole plan=14785.20; Renewal for a year after month 24=7992.00" {
		t.Errorf("CSV plan rows: %s", s)
	}
	if w := rows[len(rows)-1][7]; !strings.Contains(w, "8 users × ¥999/user/yr = ¥7,992.00 a year") || !strings.Contains(w, "today's list prices") {
		t.Errorf("CSV renewal working %q", w)
	}
}

// planCase is one case of testdata/plans.json, worked out by hand; the golden
// file pins the text quote and the timeline's text in both languages.
type planCase struct {
	Name     string   `json:"name"`
	Rule     string   `json:"rule"`
	Estimate Estimate `json:"estimate"`
	Want     struct {
		Payments []string `json:"payments"` // "0:9990.00", "6:4795.20"
		Total    string   `json:"total"`
		Renewals []string `json:"renewals"` // "24:7992.00"
		Errors   []string `json:"errors"`   // "2 after after-term-end"
	} `json:"want"`
}

func TestPlanGoldenCases(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "plans.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []planCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	var golden bytes.Buffer
	for _, c := range cases {
		q := Default().Price(c.Estimate, goldenToday)
		p := q.Plan()
		t.Run(c.Name, func(t *testing.T) {
			var pays, renewals, errs []string
			for _, pay := range append([]Payment{p.Now}, p.Later...) {
				pays = append(pays, fmt.Sprintf("%d:%s", pay.Month, pay.Amount.Fixed()))
			}
			for _, r := range p.Renewals {
				renewals = append(renewals, fmt.Sprintf("%d:%s", r.Month, r.Amount.Fixed()))
			}
			for _, e := range q.Errors() {
				errs = append(errs, fmt.Sprintf("%d %s %s", e.Line+1, e.Field, e.Reason))
			}
			if fmt.Sprint(pays) != fmt.Sprint(c.Want.Payments) || p.Total.Fixed() != c.Want.Total ||
				fmt.Sprint(renewals) != fmt.Sprint(c.Want.Renewals) || fmt.Sprint(errs) != fmt.Sprint(c.Want.Errors) {
				t.Errorf("payments %v total %s renewals %v errors %v; want %v %s %v %v",
					pays, p.Total.Fixed(), renewals, errs, c.Want.Payments, c.Want.Total, c.Want.Renewals, c.Want.Errors)
			}
		})
		fmt.Fprintf(&golden, "== %s [%s]\n", c.Name, c.Rule)
		for _, lang := range []Lang{ZH, EN} {
			if err := WriteText(&golden, &q, lang); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&golden, "~ %s\n", p.Timeline(lang).Text)
		}
		golden.WriteByte('\n')
	}
	matchGolden(t, "plans.golden", "TestPlanGoldenCases", golden.Bytes())
}

// A planned addition's errors go through errors.As like every input error.
func TestPlanErrorIsInputError(t *testing.T) {
	q := Default().Price(Estimate{Lines: []Line{{Item: "chat-basic", Mode: Planned, Quantity: "3", After: "6"}}}, goldenToday)
	var ie *InputError
	if !errors.As(q.Err(), &ie) || ie.Reason != NoPurchase || !strings.HasPrefix(ie.Detail(EN), "Line 1, purchase type: This estimate has no new purchase") {
		t.Errorf("%v", q.Err())
	}
}
