package pricing

import (
	"sort"

	"github.com/shopspring/decimal"
)

// A planned addition (mode Planned) is added in the same estimate as a new
// purchase: "add 3 users after 6 months" (R14). The line says when, in
// Line.After; which purchase it follows is not typed but found (followed):
// the estimate's new purchase of the same item, or for a chatbot the online
// chat purchase, whose expiry it shares (R9). A visitor thinks "3 more users
// after 6 months", not "tied to line 1"; a found purchase cannot point at a
// deleted or moved line, and the quote names the one it found (Follows).
// Its own mode, not "add" with a month, so a calculator that predates plans
// refuses the line instead of pricing it over the running account's term.
//
// This file finds each planned addition's purchase and term and builds the
// Plan; plan_text.go words it, plan_export.go exports it.

// chatProduct is online chat: chatbots added later end on its expiry (R9).
const chatProduct = "chat"

// planTerm is what a planned addition takes from the purchase it follows.
type planTerm struct {
	follows int
	after   int64
	term    RemainingTerm
	ok      bool
	errs    []*InputError
}

type planTerms map[int]planTerm

// planTerms finds, for every planned addition of an annual item, the new
// purchase it follows and its remaining term: Y × 12 − M months (R14).
func (c *Catalog) planTerms(lines []Line) planTerms {
	var out planTerms
	for i, l := range lines {
		it := c.Item(l.Item)
		if l.Mode != Planned || it == nil || it.Billing() != Annual {
			continue
		}
		if out == nil {
			out = planTerms{}
		}
		out[i] = c.planTerm(i, l, it, lines)
	}
	return out
}

func (c *Catalog) planTerm(i int, l Line, it *Item, lines []Line) planTerm {
	p := planTerm{follows: -1}
	fail := func(e *InputError) { p.errs = append(p.errs, e) }

	m, afterErr := parseCount(string(l.After), i, FieldAfter, 1, MaxYears*12-1)
	if afterErr != nil && afterErr.Reason == TooSmall { // 0 or negative: not after the purchase
		afterErr.Reason, afterErr.Limit = AtPurchase, 0
	}
	p.after = m

	// R9: a chatbot follows online chat when the estimate buys it; else every
	// item follows a new purchase of itself.
	var candidates []int
	if it.Unit() == UnitBot {
		candidates = c.newPurchases(lines, func(o *Item) bool { return o.Product().ID == chatProduct })
	}
	if len(candidates) == 0 {
		candidates = c.newPurchases(lines, func(o *Item) bool { return o == it })
	}
	if len(candidates) == 0 {
		fail(&InputError{Line: i, Field: FieldMode, Reason: NoPurchase, Value: string(l.Mode)})
		if afterErr != nil {
			fail(afterErr)
		}
		return p
	}
	years := int64(0)
	for _, j := range candidates {
		y, err := parseCount(string(lines[j].Years), j, FieldYears, 1, MaxYears)
		if err != nil {
			continue // reported on the purchase's own line
		}
		if years != 0 && y != years {
			fail(&InputError{Line: i, Field: FieldMode, Reason: PurchaseUnclear, Value: string(l.Mode)})
			if afterErr != nil {
				fail(afterErr)
			}
			return p
		}
		if years == 0 {
			years, p.follows = y, j
		}
	}
	if p.follows < 0 {
		p.follows = candidates[0]
	}
	switch {
	case afterErr != nil && afterErr.Reason == TooLarge && years > 0:
		fail(&InputError{Line: i, Field: FieldAfter, Reason: AfterTermEnd, Value: string(l.After), Limit: years * 12})
	case afterErr != nil:
		fail(afterErr)
	case years == 0: // the purchase's years are wrong: nothing to count from yet
	case m >= years*12:
		fail(&InputError{Line: i, Field: FieldAfter, Reason: AfterTermEnd, Value: string(l.After), Limit: years * 12})
	default:
		left := years*12 - m
		p.term, p.ok = RemainingTerm{Years: left / 12, Months: left % 12}, true
	}
	return p
}

// newPurchases lists the lines that buy an annual item anew and match.
func (c *Catalog) newPurchases(lines []Line, match func(*Item) bool) []int {
	var out []int
	for j, l := range lines {
		if it := c.Item(l.Item); it != nil && it.Billing() == Annual && (l.Mode == New || l.Mode == "") && match(it) {
			out = append(out, j)
		}
	}
	return out
}

// mark records on a quoted line what its plan entry found.
func (ps planTerms) mark(lq *LineQuote, i int) {
	lq.Follows = -1
	p, ok := ps[i]
	if !ok {
		return
	}
	lq.Planned, lq.After, lq.Follows = true, p.after, p.follows
	lq.Errors = append(lq.Errors, p.errs...)
}

// Plan is a quote seen over time (R14, R15): what is paid now, at each
// planned addition, the whole, and the renewal when a purchase's term ends.
// Running-account additions are paid now; their account's end is not the
// plan's, so they are not in its renewal.
type Plan struct {
	CatalogVersion string
	Months         int64     // the plan's term: its longest purchase, in months (0: no purchase)
	Now            Payment   // month 0: new purchases, one-time items, running-account additions
	Later          []Payment // planned additions, one payment per month, by month
	Total          Money     // the whole plan; the same as the quote's total
	Renewals       []Renewal // one per month a purchase's term ends, by month
	Priced         bool      // some line has an amount (Quote.HasTotal); else Total is shown "—", never 0.00
	Complete       bool      // the quote has no input errors
	OnRequest      bool      // price-on-request lines are not in any amount (R11)
	OneTime        bool      // the quote has one-time items, which are never renewed (R15)
}

// HasAdditions reports whether anything is paid after month 0.
func (p Plan) HasAdditions() bool { return len(p.Later) > 0 }

// PlansAdditions reports what q.Plan().HasAdditions() does, without
// building the plan: the page asks on every render, and most estimates
// plan nothing.
func (q *Quote) PlansAdditions() bool {
	for i := range q.Lines {
		if l := &q.Lines[i]; l.Planned && l.paid() {
			return true
		}
	}
	return false
}

// paid reports whether the line is in its month's payment: priced, or on
// request with nothing wrong (R11); an on-request addition once its term
// is known.
func (l *LineQuote) paid() bool {
	return l.Priced || l.askedFor()
}

// askedFor is an on-request line that would be paid but has no list price.
func (l *LineQuote) askedFor() bool {
	return l.OnRequest && len(l.Errors) == 0 && (!l.Planned || l.Term.TotalMonths() > 0)
}

// Payment is what is paid at one month of a plan.
type Payment struct {
	Month     int64
	Lines     []int // indexes into Quote.Lines of the lines bought then; their Working shows how
	Amount    Money
	OnRequest bool // some of them have no list price and are not in Amount (R11)
	Priced    bool // some of them have an amount; else Amount is no zero but absent
}

// Renewal is one more year, at the end of a term, of every seat and bot the
// plan then holds, at today's list prices (R15). Packs and other one-time
// items are not renewed.
type Renewal struct {
	Month     int64  // when the term ends
	List      string // the price list of that day (R19); empty when priced by one list
	Lines     []RenewalLine
	Amount    Money // a year of the lines with a list price
	OnRequest bool  // some lines have no list price and are not in Amount (R11)
	Priced    bool  // some lines have a list price; else Amount is no zero but absent
}

// RenewalLine is one item's seats or bots held at the end of a term.
type RenewalLine struct {
	Item      *Item
	Quantity  int64
	Amount    Money // unit × quantity × 1 year, rounded once (R1)
	OnRequest bool
}

// Plan describes the quote over time. It only reads the quote, so it may be
// called on an incomplete one: it then covers the lines that are priced.
func (q *Quote) Plan() Plan {
	p := Plan{CatalogVersion: q.CatalogVersion, Total: q.Total, Priced: q.HasTotal(), Complete: q.Complete, OnRequest: q.ExcludesOnRequest}
	later := map[int64]int{} // month → index in p.Later
	ends := map[int64]int{}  // month → index in p.Renewals
	for i, l := range q.Lines {
		if l.paid() {
			pay := &p.Now
			if l.Planned {
				k, ok := later[l.After]
				if !ok {
					k = len(p.Later)
					later[l.After] = k
					p.Later = append(p.Later, Payment{Month: l.After})
				}
				pay = &p.Later[k]
			}
			pay.Lines = append(pay.Lines, i)
			pay.Amount = pay.Amount.Add(l.Amount)
			pay.OnRequest = pay.OnRequest || l.askedFor()
			pay.Priced = pay.Priced || l.Priced
		}
		if l.Kind == KindOnce && l.Item != nil {
			p.OneTime = true
		}
		// R15: the seats and bots a purchase or planned addition holds at its end.
		end := int64(0)
		switch {
		case len(l.Errors) > 0 || l.Item == nil || l.Kind == KindOnce:
		case l.Kind == KindNew:
			end = l.Years * 12
		case l.Planned && (l.Priced || l.OnRequest) && l.Term.TotalMonths() > 0:
			end = l.After + l.Term.TotalMonths()
		}
		if end == 0 {
			continue
		}
		p.Months = max(p.Months, end)
		k, ok := ends[end]
		if !ok {
			k = len(p.Renewals)
			ends[end] = k
			p.Renewals = append(p.Renewals, Renewal{Month: end})
		}
		p.Renewals[k].hold(l.Item, l.Quantity)
	}
	for k := range p.Renewals {
		r := &p.Renewals[k]
		var list *Catalog
		if q.renewalList != nil { // R19: by the list in force on the renewal's day
			list = q.renewalList(addMonths(q.start, r.Month))
			r.List = list.Version
		}
		r.price(list)
	}
	sort.Sort(paymentsByMonth(p.Later))
	sort.Sort(renewalsByMonth(p.Renewals))
	return p
}

// Each month has one payment and one renewal at most (the maps above), so
// any sort orders them the same. The sort package's is shared by every
// type; a generic sort would add a copy per type to app.wasm.
type (
	paymentsByMonth []Payment
	renewalsByMonth []Renewal
)

func (s paymentsByMonth) Len() int           { return len(s) }
func (s paymentsByMonth) Less(i, j int) bool { return s[i].Month < s[j].Month }
func (s paymentsByMonth) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s renewalsByMonth) Len() int           { return len(s) }
func (s renewalsByMonth) Less(i, j int) bool { return s[i].Month < s[j].Month }
func (s renewalsByMonth) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// hold adds n units of it to the renewal, one line per item (lines priced
// by different lists hold different *Items of the same id).
func (r *Renewal) hold(it *Item, n int64) {
	for j := range r.Lines {
		if r.Lines[j].Item.ID == it.ID {
			r.Lines[j].Quantity += n
			return
		}
	}
	r.Lines = append(r.Lines, RenewalLine{Item: it, Quantity: n, OnRequest: it.OnRequest})
}

// price prices a year of every line held, each rounded once (R1), by the
// list given; an item that list no longer has keeps the price it was bought at.
func (r *Renewal) price(list *Catalog) {
	for j := range r.Lines {
		l := &r.Lines[j]
		if list != nil {
			if it := list.Item(l.Item.ID); it != nil {
				l.Item, l.OnRequest = it, it.OnRequest
			}
		}
		if l.OnRequest {
			r.OnRequest = true
			continue
		}
		l.Amount = round(l.Item.price.Mul(decimal.NewFromInt(l.Quantity)))
		r.Amount, r.Priced = r.Amount.Add(l.Amount), true
	}
}
