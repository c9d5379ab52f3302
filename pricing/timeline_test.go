package pricing

import (
	"strings"
	"testing"
)

// The timeline holds every figure of the plan, placed on the bar, in both
// languages, and its text alternative states the same figures.
func TestTimelineSeed(t *testing.T) {
	q := priced(t, seedPlan())
	p := q.Plan()
	for _, c := range []struct {
		lang   Lang
		titles string
		text   []string
		tick   string
	}{
		{ZH, "现在|第6个月|第24个月期满后续费一年", []string{"共24个月（2年）", "现在 9,990.00 元", "第6个月 4,795.20 元", "整个计划合计 14,785.20 元", "7,992.00 元/年", "按今日价目表（2026-11）估算"}, "1年"},
		{EN, "Now|Month 6|Renewal for a year after month 24", []string{"over 24 months (2 years)", "now ¥9,990.00", "month 6 ¥4,795.20", "the whole plan ¥14,785.20", "¥7,992.00 a year", "today's list prices"}, "1 yr"},
	} {
		tl := p.Timeline(c.lang)
		if tl.Months != 24 || len(tl.Marks) != 3 || len(tl.Ticks) != 1 || tl.Ticks[0].Permille != 500 || tl.Ticks[0].Label != c.tick {
			t.Fatalf("%s: %+v", c.lang, tl)
		}
		var titles []string
		for _, m := range tl.Marks {
			titles = append(titles, m.Title)
			if !strings.Contains(tl.Text, m.Label) {
				t.Errorf("%s: text alternative %q lacks %q", c.lang, tl.Text, m.Label)
			}
		}
		if strings.Join(titles, "|") != c.titles {
			t.Errorf("%s: titles %v", c.lang, titles)
		}
		for _, w := range c.text {
			if !strings.Contains(tl.Text, w) {
				t.Errorf("%s: text alternative %q lacks %q", c.lang, tl.Text, w)
			}
		}
		m := tl.Marks
		if m[0].Kind != MarkPurchase || m[0].Permille != 0 || m[1].Kind != MarkAddition || m[1].Permille != 250 ||
			m[2].Kind != MarkRenewal || m[2].Permille != 1000 || m[2].Amount.Fixed() != "7992.00" {
			t.Errorf("%s: marks %+v", c.lang, m)
		}
	}
}

// Renewals at different ends each get a mark; year ticks stop inside the bar.
func TestTimelineSeveralEnds(t *testing.T) {
	q := priced(t, Estimate{Lines: []Line{
		{Item: "phone-standard", Mode: New, Quantity: "3", Years: "1"},
		{Item: "chat-basic", Mode: New, Quantity: "3", Years: "3"},
		{Item: "chat-basic", Mode: Planned, Quantity: "1", After: "30"},
		{Item: "bot-pro", Mode: Planned, Quantity: "1", After: "12"},
	}})
	p := q.Plan()
	tl := p.Timeline(ZH)
	var got []string
	for _, m := range tl.Marks {
		got = append(got, string(m.Kind)+":"+itoa(m.Month)+":"+itoa(m.Permille)+":"+m.Label)
	}
	want := "purchase:0:0:13,491.00 元 addition:12:333:价格请联系架构师 addition:30:833:599.40 元 renewal:12:333:4,500.00 元/年 renewal:36:1000:3,996.00 元/年"
	if strings.Join(got, " ") != want {
		t.Errorf("marks %v\nwant %s", got, want)
	}
	if len(tl.Ticks) != 2 || tl.Ticks[1].Month != 24 || tl.Ticks[1].Permille != 666 {
		t.Errorf("ticks %+v", tl.Ticks)
	}
	// The on-request bot is named, not priced, in the renewal and the text (R11).
	if !tl.Marks[1].OnRequest || !tl.Marks[4].OnRequest || !strings.Contains(tl.Text, "第12个月 价格请联系架构师") ||
		!strings.Contains(tl.Text, "智能机器人 专业版：价格请联系架构师") {
		t.Errorf("on-request bot: %+v / %q", tl.Marks, tl.Text)
	}
	if got := p.Working(ZH); got != "现在 13,491.00 元 + 第30个月 599.40 元 = 14,090.40 元（不含价格请联系架构师的项目）" {
		t.Errorf("plan working %q", got)
	}
}

// An estimate with no new purchase has no bar to draw.
func TestTimelineWithoutPurchase(t *testing.T) {
	q := priced(t, Estimate{Term: Term{Years: "1", Months: "6"}, Lines: []Line{
		{Item: "chat-basic", Mode: Add, Quantity: "3"},
		{Item: "pack-120k", Quantity: "1"},
	}})
	p := q.Plan()
	if tl := p.Timeline(EN); tl.Months != 0 || len(tl.Marks) != 0 || tl.Text != "" || p.HasAdditions() || len(p.Renewals) != 0 {
		t.Errorf("timeline %+v of plan %+v", tl, p)
	}
	if p.Now.Amount.Fixed() != "6395.20" {
		t.Errorf("paid now %s, want 4,795.20 + 1,600.00", p.Now.Amount)
	}
}
