package pricing

import (
	"github.com/shopspring/decimal"
)

// PackCount is a number of packs of one kind.
type PackCount struct {
	Pack  *Item
	Count int64
}

// PackPlan is the cheapest set of session packs that covers a number of
// expected chatbot sessions (R13).
type PackPlan struct {
	Sessions int64       // what was asked for
	Packs    []PackCount // largest pack first; kinds with a count of 0 left out
	Quota    int64       // sessions the packs hold, at least Sessions
	Cost     Money
}

// Lines returns the plan as estimate lines, to add in one click.
func (p PackPlan) Lines() []Line {
	var out []Line
	for _, pc := range p.Packs {
		out = append(out, Line{Item: pc.Pack.ID, Quantity: Number(decimal.NewFromInt(pc.Count).String())})
	}
	return out
}

// ParseSessions reads the expected number of sessions typed by a visitor.
func ParseSessions(s string) (int64, *InputError) {
	return parseCount(s, -1, FieldSessions, 1, MaxSessions)
}

// AdvisePacks finds, for n expected sessions (1 ≤ n ≤ MaxSessions), the
// cheapest combination of packs whose quota is at least n; ties go to the
// larger quota, then to fewer packs (R13).
//
// Quotas are counted in units of g, the greatest common divisor of all quotas,
// so that covering n sessions means covering U = ⌈n/g⌉ units. Let b be the
// pack with the lowest price per session. In a best plan any other pack i
// occurs fewer than b.units/gcd(i.units, b.units) times: that many of i hold
// exactly as much as a whole number of b's and cost no less (and, at equal
// cost, are more packs). So the packs other than b hold at most B units
// (packUnitsBound), a best plan has at least ⌈(U−B)/b.units⌉ of b, and the
// rest is an exact table over at most B + b.units units: constant work for
// any n.
func (c *Catalog) AdvisePacks(n int64) (PackPlan, *InputError) {
	if n < 1 {
		return PackPlan{}, &InputError{Line: -1, Field: FieldSessions, Reason: TooSmall, Limit: 1, Value: decimal.NewFromInt(n).String()}
	}
	if n > MaxSessions {
		return PackPlan{}, &InputError{Line: -1, Field: FieldSessions, Reason: TooLarge, Limit: MaxSessions, Value: decimal.NewFromInt(n).String()}
	}
	packs := c.packs
	if len(packs) == 0 {
		return PackPlan{}, &InputError{Line: -1, Field: FieldSessions, Reason: UnknownItem, Value: "session packs"}
	}
	g := packGCD(packs)
	units := make([]int64, len(packs))
	for i, p := range packs {
		units[i] = p.Quota / g
	}
	best := bestValuePack(packs)
	need := (n + g - 1) / g
	forced := int64(0)
	if bound := packUnitsBound(packs); need > bound {
		forced = (need - bound) / units[best]
	}
	rest := need - forced*units[best]

	fen := make([]int64, len(packs))
	for i, p := range packs {
		fen[i] = p.price.Shift(2).IntPart() // exact: catalog prices are to the fen
	}
	table := coverTable(fen, units, rest)
	counts := make([]int64, len(packs))
	counts[best] = forced
	for r := rest; r > 0; {
		i := table[r].last
		counts[i]++
		r -= units[i]
	}

	plan := PackPlan{Sessions: n}
	cost := decimal.Zero
	for i := len(packs) - 1; i >= 0; i-- {
		if counts[i] == 0 {
			continue
		}
		plan.Packs = append(plan.Packs, PackCount{Pack: packs[i], Count: counts[i]})
		plan.Quota += counts[i] * packs[i].Quota
		cost = cost.Add(packs[i].price.Mul(decimal.NewFromInt(counts[i])))
	}
	plan.Cost = round(cost)
	return plan, nil
}

// cover is the best known way to hold at least r units: its cost, quota and
// pack count (compared in that order, R13), and the last pack taken.
type cover struct {
	cost  int64 // fen
	quota int64
	count int64
	last  int
}

func (a cover) better(b cover) bool {
	if a.cost != b.cost {
		return a.cost < b.cost
	}
	if a.quota != b.quota {
		return a.quota > b.quota
	}
	return a.count < b.count
}

// coverTable returns, for every r ≤ max, the best cover of at least r units.
// The keys add up along a plan, so the lexicographic minimum is found by the
// ordinary recurrence best(r) = min over packs p of best(r − p) + p.
func coverTable(fen, units []int64, max int64) []cover {
	t := make([]cover, max+1)
	for r := int64(1); r <= max; r++ {
		first := true
		for i := range fen {
			prev := r - units[i]
			if prev < 0 {
				prev = 0
			}
			cand := cover{
				cost:  t[prev].cost + fen[i],
				quota: t[prev].quota + units[i],
				count: t[prev].count + 1,
				last:  i,
			}
			if first || cand.better(t[r]) {
				t[r], first = cand, false
			}
		}
	}
	return t
}

// bestValuePack is the index of the pack with the lowest price per session,
// the larger on a tie.
func bestValuePack(packs []*Item) int {
	best := 0
	for i := 1; i < len(packs); i++ {
		// price_i / quota_i <= price_best / quota_best, cross-multiplied to stay exact
		a := packs[i].price.Mul(decimal.NewFromInt(packs[best].Quota))
		b := packs[best].price.Mul(decimal.NewFromInt(packs[i].Quota))
		if a.LessThanOrEqual(b) {
			best = i
		}
	}
	return best
}

// packUnitsBound is the most units (of packGCD sessions) the packs other than
// the best-value one can hold in a best plan, plus one best-value pack (see AdvisePacks).
func packUnitsBound(packs []*Item) int64 {
	g := packGCD(packs)
	b := bestValuePack(packs)
	bu := packs[b].Quota / g
	total := bu
	for i, p := range packs {
		if i == b {
			continue
		}
		u := p.Quota / g
		total += (bu/gcd(u, bu) - 1) * u
	}
	return total
}

func packGCD(packs []*Item) int64 {
	var g int64
	for _, p := range packs {
		g = gcd(g, p.Quota)
	}
	return g
}

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}
