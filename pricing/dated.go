package pricing

import "time"

// Price prices an estimate by the dated price lists (R19). Its quote date
// is its own Date; an estimate from before dates (a link or file with no
// d=) is dated by the list it names, its c; with neither, today. A date
// after today counts as today: no one is priced by a list not yet in force.
//
// While the quote is valid (its validity days from the quote date), each
// line is priced by the list in force on its own day: the quote date for
// what is paid now, and months later for a planned addition (R14); a
// renewal by the list of its day (R15). Once validity has ended, the same
// counts from today, and every line the quote date priced otherwise
// carries that amount in Before, so the page can show both.
func (ls PriceLists) Price(e Estimate, today time.Time) Quote {
	today = day(today)
	quoted := ls.QuoteDate(e, today)
	days, problem := e.Details.validDays()
	if problem != nil {
		days = DefaultValidDays // the form says what is wrong; the quote keeps the default meanwhile
	}
	until := quoted.AddDate(0, 0, int(days))
	expired := today.After(until)
	start := quoted
	if expired {
		start = today
	}
	q := ls.priceFrom(e, today, start)
	q.QuoteDate, q.ValidUntil, q.Expired = quoted, until, expired
	q.Honoured = !expired && ls.On(quoted) != ls.On(today)
	if expired && ls.On(quoted) != ls.On(today) {
		then := ls.priceFrom(e, today, quoted)
		for i := range q.Lines {
			now, was := &q.Lines[i], &then.Lines[i]
			if now.Priced != was.Priced || now.OnRequest != was.OnRequest || !now.Amount.Equal(was.Amount) {
				now.Before, now.BeforePriced, now.ChangedSince = was.Amount, was.Priced, true
				q.Earlier = ls.On(quoted)
			}
		}
	}
	return q
}

// QuoteDate is the day the estimate counts as quoted (see Price).
func (ls PriceLists) QuoteDate(e Estimate, today time.Time) time.Time {
	today = day(today)
	d, err := parseDate(e.Date)
	if err != nil {
		if c := ls.Version(e.Catalog); c != nil {
			d, err = c.Effective(), nil
		}
	}
	if err != nil || d.After(today) {
		return today
	}
	return d
}

// priceFrom prices the estimate as bought on start: each line by the list
// in force on its day.
func (ls PriceLists) priceFrom(e Estimate, today, start time.Time) Quote {
	c := ls.On(start)
	q := c.Price(e, today)
	others := map[*Catalog]*Quote{}
	for i := range q.Lines {
		if !q.Lines[i].Planned {
			continue
		}
		other := ls.On(addMonths(start, q.Lines[i].After))
		if other == c {
			continue
		}
		oq := others[other]
		if oq == nil {
			priced := other.Price(e, today)
			oq, others[other] = &priced, &priced
		}
		q.Lines[i] = oq.Lines[i]
	}
	if len(others) > 0 {
		q.sum()
	}
	q.start = start
	q.renewalList = ls.On
	return q
}

// Change is a price list published ahead of its date, and what it changes.
type Change struct {
	List  *Catalog      // the list to come
	Lines []ChangedLine // the estimate's lines it prices otherwise
	Items []ChangedItem // every item whose list price it changes
	// KeptUntil is the quote's last valid day when that is on or after the
	// change: the estimate keeps today's prices until then (R19).
	KeptUntil time.Time
}

// ChangedLine is one line of the estimate, by today's list and the next.
type ChangedLine struct {
	Index                 int
	Now, Then             Money
	NowPriced, ThenPriced bool
}

// ChangedItem is an item's unit price, today and from the change. Then is
// absent (ThenPriced false) for an item the list removes or asks a price for.
type ChangedItem struct {
	Item                  *Item // today's
	Now, Then             Money
	NowPriced, ThenPriced bool
}

// Upcoming is the next scheduled change after today, or nil when no list
// is published ahead. q is the estimate's quote today (Price).
func (ls PriceLists) Upcoming(e Estimate, q *Quote, today time.Time) *Change {
	next := ls.Next(today)
	if next == nil {
		return nil
	}
	ch := &Change{List: next}
	if !q.ValidUntil.Before(next.Effective()) {
		ch.KeptUntil = q.ValidUntil
	}
	then := next.Price(e, today)
	for i := range q.Lines {
		now, was := &q.Lines[i], &then.Lines[i]
		if now.Priced != was.Priced || !now.Amount.Equal(was.Amount) {
			ch.Lines = append(ch.Lines, ChangedLine{Index: i, Now: now.Amount, Then: was.Amount, NowPriced: now.Priced, ThenPriced: was.Priced})
		}
	}
	for _, p := range ls.On(today).Products {
		for _, it := range p.Items {
			later := next.Item(it.ID)
			nowPriced := !it.OnRequest
			thenPriced := later != nil && !later.OnRequest
			if nowPriced != thenPriced || (nowPriced && !it.price.Equal(later.price)) {
				ci := ChangedItem{Item: it, Now: it.UnitPrice(), NowPriced: nowPriced, ThenPriced: thenPriced}
				if thenPriced {
					ci.Then = later.UnitPrice()
				}
				ch.Items = append(ch.Items, ci)
			}
		}
	}
	return ch
}
