package pricing

import (
	"errors"
	"time"

	"github.com/shopspring/decimal"
)

// Kind is how a quoted line is priced.
type Kind string

const (
	KindNew  Kind = "new"  // unit × quantity × years (R6)
	KindAdd  Kind = "add"  // prorated over the remaining term (R7)
	KindOnce Kind = "once" // unit × quantity, once (R12)
)

// LineQuote is one priced line with its working, so that the page, the CSV
// and the quote command can all write "3 × 1 × 999 + 3 × 6 × 999/10 = 4,795.20".
type LineQuote struct {
	Line      Line      // as entered
	Item      *Item     // nil when the item is unknown
	Industry  *Industry // the knowledge cloud's industry
	Kind      Kind
	Quantity  int64         // valid only when the line has no errors
	Years     int64         // KindNew of an annual item: years bought
	Term      RemainingTerm // KindAdd: the account's remaining term
	OnRequest bool          // no list price: left out of the total (R11)

	UnitPrice    Money // per unit per year, or per set
	MonthlyPrice Money // KindAdd: UnitPrice / 10, the source's monthly rate
	WholePart    Money // KindAdd: unit × Y × n; KindNew: the whole amount
	PartialPart  Money // KindAdd: min(unit/10 × M × n, unit × n)
	Capped       bool  // KindAdd: the one-year cap applied (M ≥ 10)
	Amount       Money // the line's amount, rounded once to the fen (R1)

	List string // the version of the price list that priced it (R19)
	// Before is the line's amount by the list of the quote's date, when the
	// quote's validity has ended and that list priced it otherwise (R19).
	Before       Money
	BeforePriced bool // Before is an amount (else the line had none then)
	ChangedSince bool // today's list prices it otherwise than the quote's date's

	Planned bool  // KindAdd of mode Planned: after a new purchase of this estimate (R14)
	After   int64 // Planned: months after that purchase
	Follows int   // Planned: index of the new purchase's line, -1 if none

	// Priced is false when the line has errors, is on request, or is an
	// addition while the remaining term is invalid.
	Priced bool
	Errors []*InputError
}

// Quote is a priced estimate.
type Quote struct {
	CatalogVersion string // the list that priced the lines paid now
	CatalogDate    string
	Lines          []LineQuote

	// By dated price lists (R19, dated.go): the day quoted and how long its
	// prices hold; once expired, Earlier is the list of that day, when it
	// priced some line otherwise than today's.
	QuoteDate  time.Time
	ValidUntil time.Time
	Expired    bool
	Honoured   bool // valid, and priced by the quote date's list, not today's
	Earlier    *Catalog

	renewalList func(end time.Time) *Catalog // the list for a renewal's day (R15, R19)
	start       time.Time                    // the plan's month 0

	// The remaining term shared by all additions (R9), when any line is one.
	HasAdditions bool
	Term         RemainingTerm
	TermOK       bool
	TermErrors   []*InputError
	From, Expiry time.Time // ByDates: the dates the term was counted between

	Total             Money // sum of the priced lines' rounded amounts (R1)
	ExcludesOnRequest bool  // price-on-request lines were left out (R11)
	Complete          bool  // every line is priced or on request: no errors
}

// Errors lists every input error, the term's first, then by line.
func (q *Quote) Errors() []*InputError {
	out := append([]*InputError(nil), q.TermErrors...)
	for _, l := range q.Lines {
		out = append(out, l.Errors...)
	}
	return out
}

// HasTotal reports whether some line has an amount. A quote without one
// (price-on-request items only, or nothing entered) has no total to show:
// "—" and no amount in words, never 0.00 or 零元整.
func (q *Quote) HasTotal() bool {
	for i := range q.Lines {
		if q.Lines[i].Priced {
			return true
		}
	}
	return false
}

// Err joins every input error, or is nil for a complete quote.
func (q *Quote) Err() error {
	var errs []error
	for _, e := range q.Errors() {
		errs = append(errs, e)
	}
	return errors.Join(errs...)
}

// Price quotes an estimate against the catalog. today is the default day of
// an addition when the term is given by dates (R8). Bad input never panics:
// it becomes InputErrors on the lines and fields concerned, and every other
// line is still priced.
func (c *Catalog) Price(e Estimate, today time.Time) Quote {
	q := Quote{CatalogVersion: c.Version, CatalogDate: c.Date, Lines: make([]LineQuote, len(e.Lines))}
	for _, l := range e.Lines {
		if it := c.Item(l.Item); it != nil && it.Billing() == Annual && l.Mode == Add {
			q.HasAdditions = true
		}
	}
	if q.HasAdditions {
		q.Term, q.From, q.Expiry, q.TermErrors = e.Term.resolve(today)
		q.TermOK = len(q.TermErrors) == 0
	}
	newSetSeen := map[string]bool{}
	plans := c.planTerms(e.Lines) // R14: planned additions take their term from a purchase
	for i, l := range e.Lines {
		term, termOK := q.Term, q.TermOK
		if p, ok := plans[i]; ok {
			term, termOK = p.term, p.ok
		}
		lq := c.priceLine(i, l, term, termOK, newSetSeen)
		plans.mark(&lq, i)
		q.Lines[i] = lq
	}
	q.sum()
	return q
}

// sum sets the total and what it leaves out from the lines.
func (q *Quote) sum() {
	q.Total, q.ExcludesOnRequest, q.Complete = Money{}, false, len(q.TermErrors) == 0
	for i := range q.Lines {
		switch lq := &q.Lines[i]; {
		case len(lq.Errors) > 0:
			q.Complete = false
		case lq.OnRequest:
			q.ExcludesOnRequest = true
		case lq.Priced:
			q.Total = q.Total.Add(lq.Amount)
		}
	}
}

func (c *Catalog) priceLine(i int, l Line, term RemainingTerm, termOK bool, newSetSeen map[string]bool) LineQuote {
	lq := LineQuote{Line: l, List: c.Version}
	fail := func(e *InputError) { lq.Errors = append(lq.Errors, e) }
	it := c.Item(l.Item)
	if it == nil {
		reason := UnknownItem
		if l.Item == "" {
			reason = Empty
		}
		fail(&InputError{Line: i, Field: FieldItem, Reason: reason, Value: l.Item})
		return lq
	}
	lq.Item, lq.OnRequest, lq.UnitPrice = it, it.OnRequest, it.UnitPrice()

	// What kind of line it is decides which fields count; the others are
	// ignored, not refused, so switching an item keeps what was typed.
	lq.Kind = KindOnce
	if it.Billing() == Annual {
		switch l.Mode {
		case New, "":
			lq.Kind = KindNew
		case Add, Planned:
			lq.Kind = KindAdd
		default:
			fail(&InputError{Line: i, Field: FieldMode, Reason: UnknownMode, Value: string(l.Mode)})
		}
	}

	n, err := parseCount(string(l.Quantity), i, FieldQuantity, 1, MaxQuantity)
	if err != nil {
		fail(err)
	} else if lq.Kind != KindAdd && n < it.MinNew { // R3: minimums bind new purchases only
		fail(&InputError{Line: i, Field: FieldQuantity, Reason: BelowMinimum, Value: string(l.Quantity), Limit: it.MinNew, Unit: it.Unit()})
	}
	lq.Quantity = n

	if lq.Kind == KindNew {
		y, err := parseCount(string(l.Years), i, FieldYears, 1, MaxYears)
		if err != nil {
			fail(err)
		}
		lq.Years = y
		if it.OnePerCustomer { // R4: one new set per estimate
			if newSetSeen[it.ID] {
				fail(&InputError{Line: i, Field: FieldItem, Reason: OnlyOneSet, Value: it.ID})
			}
			newSetSeen[it.ID] = true
		}
	}
	if len(it.Industries) > 0 {
		if l.Industry == "" {
			fail(&InputError{Line: i, Field: FieldIndustry, Reason: Empty})
		} else if lq.Industry = it.Industry(l.Industry); lq.Industry == nil {
			fail(&InputError{Line: i, Field: FieldIndustry, Reason: UnknownIndustry, Value: l.Industry})
		}
	}
	if lq.Kind == KindAdd {
		lq.Term = term
	}
	if len(lq.Errors) > 0 || it.OnRequest || (lq.Kind == KindAdd && !termOK) {
		return lq
	}

	unit, qty := it.price, decimal.NewFromInt(n)
	switch lq.Kind {
	case KindNew:
		lq.WholePart = round(unit.Mul(qty).Mul(decimal.NewFromInt(lq.Years)))
		lq.Amount = lq.WholePart
	case KindAdd: // R7
		oneYear := unit.Mul(qty)
		partial := unit.Mul(qty).Mul(decimal.NewFromInt(term.Months)).Shift(-1) // unit/10 × M × n, exact
		if partial.GreaterThanOrEqual(oneYear) && term.Months > 0 {
			partial, lq.Capped = oneYear, true
		}
		whole := unit.Mul(qty).Mul(decimal.NewFromInt(term.Years))
		lq.MonthlyPrice = Money{unit.Shift(-1)}
		lq.WholePart, lq.PartialPart = Money{whole}, Money{partial}
		lq.Amount = round(whole.Add(partial))
	case KindOnce: // R12
		lq.WholePart = round(unit.Mul(qty))
		lq.Amount = lq.WholePart
	}
	lq.Priced = true
	return lq
}

// resolve validates the remaining term and counts it (R7, R8).
func (t Term) resolve(today time.Time) (term RemainingTerm, from, expiry time.Time, errs []*InputError) {
	switch t.Basis {
	case ByDates:
		from = day(today)
		if t.From != "" {
			d, err := parseDate(t.From)
			if err != nil {
				errs = append(errs, &InputError{Line: -1, Field: FieldFrom, Reason: BadDate, Value: t.From})
			}
			from = d
		}
		if t.Expiry == "" {
			errs = append(errs, &InputError{Line: -1, Field: FieldExpiry, Reason: Empty})
		} else if d, err := parseDate(t.Expiry); err != nil {
			errs = append(errs, &InputError{Line: -1, Field: FieldExpiry, Reason: BadDate, Value: t.Expiry})
		} else {
			expiry = d
		}
		if len(errs) > 0 {
			return RemainingTerm{}, from, expiry, errs
		}
		term, err := TermBetween(from, expiry)
		if err != nil {
			err.Value = t.Expiry
			return RemainingTerm{}, from, expiry, []*InputError{err}
		}
		return term, from, expiry, nil
	case ByLength, "":
		y, err := parseCount(string(t.Years), -1, FieldTermYears, 0, MaxYears)
		if err != nil {
			errs = append(errs, err)
		}
		m, err := parseCount(string(t.Months), -1, FieldTermMonths, 0, 11)
		if err != nil {
			errs = append(errs, err)
		}
		if len(errs) > 0 {
			return RemainingTerm{}, from, expiry, errs
		}
		term = RemainingTerm{Years: y, Months: m}
		switch {
		case term.TotalMonths() == 0:
			errs = append(errs, &InputError{Line: -1, Field: FieldTermMonths, Reason: ZeroTerm, Value: string(t.Months)})
		case term.TotalMonths() > MaxYears*12:
			errs = append(errs, &InputError{Line: -1, Field: FieldTermMonths, Reason: TermTooLong, Value: string(t.Months)})
		}
		if len(errs) > 0 {
			return RemainingTerm{}, from, expiry, errs
		}
		return term, from, expiry, nil
	}
	return RemainingTerm{}, from, expiry, []*InputError{{Line: -1, Field: FieldTermBasis, Reason: UnknownBasis, Value: string(t.Basis)}}
}
