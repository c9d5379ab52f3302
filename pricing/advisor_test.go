package pricing

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// bruteForcePlan tries every count of the larger packs and the least number
// of the smallest pack that then covers n; fine for n up to tens of millions.
func bruteForcePlan(packs []*Item, n int64) cover {
	var best cover
	found := false
	var walk func(i int, quota int64, cost decimal.Decimal, count int64)
	walk = func(i int, quota int64, cost decimal.Decimal, count int64) {
		if i == 0 {
			c0 := int64(0)
			if quota < n {
				c0 = (n - quota + packs[0].Quota - 1) / packs[0].Quota
			}
			cand := cover{
				cost:  cost.Add(packs[0].price.Mul(decimal.NewFromInt(c0))).Shift(2).IntPart(),
				quota: quota + c0*packs[0].Quota,
				count: count + c0,
			}
			if !found || cand.better(best) {
				best, found = cand, true
			}
			return
		}
		p := packs[i]
		for c := int64(0); ; c++ {
			walk(i-1, quota+c*p.Quota, cost.Add(p.price.Mul(decimal.NewFromInt(c))), count+c)
			if quota+c*p.Quota >= n {
				return
			}
		}
	}
	walk(len(packs)-1, 0, decimal.Zero, 0)
	return best
}

func planKey(p PackPlan) cover {
	var count int64
	for _, pc := range p.Packs {
		count += pc.Count
	}
	return cover{cost: p.Cost.Decimal().Shift(2).IntPart(), quota: p.Quota, count: count}
}

func TestAdvisorMatchesBruteForce(t *testing.T) {
	cat := Default()
	ns := []int64{1, 119_999, 120_000, 120_001, 240_001, 359_999, 360_000, 360_001, 480_001,
		959_999, 960_000, 960_001, 1_000_000, 1_080_001, 5_999_999, 6_000_000, 6_000_001, 12_000_001, 14_999_999}
	r := rand.New(rand.NewPCG(5, 6))
	for range 150 {
		ns = append(ns, 1+r.Int64N(15_000_000))
	}
	for _, n := range ns {
		plan, err := cat.AdvisePacks(n)
		if err != nil {
			t.Fatal(err)
		}
		got, want := planKey(plan), bruteForcePlan(cat.Packs(), n)
		if got.cost != want.cost || got.quota != want.quota || got.count != want.count {
			t.Fatalf("n=%d: plan %d fen/%d/%d packs, brute force %d fen/%d/%d packs",
				n, got.cost, got.quota, got.count, want.cost, want.quota, want.count)
		}
		if plan.Quota < n {
			t.Fatalf("n=%d: quota %d does not cover it", n, plan.Quota)
		}
	}
}

// R13's own examples, and the extremes.
func TestAdvisorExamples(t *testing.T) {
	cases := []struct {
		n     int64
		packs string
		cost  string
	}{
		{120_001, "2×pack-120k", "3200.00"}, // two 120k beat one 360k (3,600)
		{1_000_000, "1×pack-960k 1×pack-120k", "9200.00"},
		{360_000, "1×pack-360k", "3600.00"}, // one 360k (3,600) beats three 120k (4,800)
		{240_000, "2×pack-120k", "3200.00"},
		{6_000_000, "1×pack-6m", "36000.00"},
		{5_000_000, "1×pack-6m", "36000.00"}, // 5×960k + 2×120k (41,200) holds less and costs more
		{1e10, "1666×pack-6m 4×pack-960k 2×pack-120k", "60009600.00"},
	}
	for _, c := range cases {
		plan, err := Default().AdvisePacks(c.n)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, pc := range plan.Packs {
			if got != "" {
				got += " "
			}
			got += decimal.NewFromInt(pc.Count).String() + "×" + pc.Pack.ID
		}
		if got != c.packs || plan.Cost.Fixed() != c.cost {
			t.Errorf("n=%d: %s for %s, want %s for %s", c.n, got, plan.Cost.Fixed(), c.packs, c.cost)
		}
	}
}

func TestAdvisorBadInput(t *testing.T) {
	for _, s := range []string{"", "0", "-5", "1.5", "abc", "10000000001", "1e10"} {
		n, err := ParseSessions(s)
		if err == nil {
			if _, err2 := Default().AdvisePacks(n); err2 == nil {
				t.Errorf("%q was accepted", s)
			}
			continue
		}
		var ie *InputError
		if !errors.As(error(err), &ie) || ie.Field != FieldSessions {
			t.Errorf("%q: %v is not an InputError on sessions", s, err)
		}
	}
	if _, err := Default().AdvisePacks(0); err == nil || err.Reason != TooSmall {
		t.Errorf("0 sessions: %v", err)
	}
	if n, err := ParseSessions("10,000,000,000"); err != nil || n != 1e10 {
		t.Errorf("10,000,000,000 = %d, %v", n, err)
	}
}

func TestAdvisorPlanLines(t *testing.T) {
	plan, _ := Default().AdvisePacks(1_000_000)
	q := Default().Price(Estimate{Lines: plan.Lines()}, goldenToday)
	if !q.Complete || !q.Total.Equal(plan.Cost) {
		t.Fatalf("plan lines total %s (%v), plan cost %s", q.Total, q.Err(), plan.Cost)
	}
}
