package pricing

import (
	"fmt"
	"sync"
	"time"
)

// The vendor changes its prices now and then. Each change is a new price
// list with the day it takes effect; the lists are kept in order, so that an
// estimate keeps the prices it was quoted at while the quote is valid, and
// a list published ahead of its day can be announced before it applies
// (R19 in docs/rules.md). This file holds the lists and picks one for a
// day; dated.go prices an estimate by them.

// PriceLists are the vendor's price lists, oldest first, each in force from
// its Date until the next one's.
type PriceLists struct{ lists []*Catalog }

var (
	listsOnce sync.Once
	lists     PriceLists
)

// Lists returns the lists this build carries: catalog.json and every later
// catalog-*.json, as go generate checked them (catalog_gen.go), then the
// test fixtures in a build with the pricefixture tag.
func Lists() PriceLists {
	listsOnce.Do(func() {
		for _, link := range shippedLists {
			lists.lists = append(lists.lists, link())
		}
		for _, link := range fixtureLists {
			lists.lists = append(lists.lists, link())
		}
	})
	return lists
}

// NewPriceLists checks that the lists follow one another: versions unique,
// dates strictly increasing, and every item a list adds or removes named in
// its "added" or "removed". The error names the list and the field.
func NewPriceLists(cats ...*Catalog) (PriceLists, error) {
	for i, c := range cats {
		if c.byID == nil {
			return PriceLists{}, fmt.Errorf("list %s: not validated (use ParseCatalog)", c.Version)
		}
		if i == 0 {
			if len(c.Added) > 0 || len(c.Removed) > 0 {
				return PriceLists{}, fmt.Errorf("list %s: \"added\"/\"removed\": the first list has no list before it", c.Version)
			}
			continue
		}
		if err := follows(cats[i-1], c); err != nil {
			return PriceLists{}, fmt.Errorf("list %s: %v", c.Version, err)
		}
	}
	return PriceLists{lists: cats}, nil
}

// follows checks that next may follow prev.
func follows(prev, next *Catalog) error {
	if next.Version == prev.Version {
		return fmt.Errorf("\"version\": %s is the version of the list before it", next.Version)
	}
	if !next.Effective().After(prev.Effective()) {
		return fmt.Errorf("\"date\": %s is not after %s, the date of list %s", next.Date, prev.Date, prev.Version)
	}
	added, removed := set(next.Added), set(next.Removed)
	for id := range added {
		if prev.Item(id) != nil {
			return fmt.Errorf("\"added\": %s is already in list %s", id, prev.Version)
		}
		if next.Item(id) == nil {
			return fmt.Errorf("\"added\": %s is not in this list", id)
		}
	}
	for id := range removed {
		if prev.Item(id) == nil {
			return fmt.Errorf("\"removed\": %s is not in list %s", id, prev.Version)
		}
		if next.Item(id) != nil {
			return fmt.Errorf("\"removed\": %s is still in this list", id)
		}
	}
	for _, p := range prev.Products {
		for _, it := range p.Items {
			if next.Item(it.ID) == nil && !removed[it.ID] {
				return fmt.Errorf("\"removed\": item %s of list %s is missing; name it in \"removed\" to remove it", it.ID, prev.Version)
			}
		}
	}
	for _, p := range next.Products {
		for _, it := range p.Items {
			if prev.Item(it.ID) == nil && !added[it.ID] {
				return fmt.Errorf("\"added\": item %s is new; name it in \"added\" to add it", it.ID)
			}
		}
	}
	return nil
}

func set(ids []string) map[string]bool {
	out := map[string]bool{}
	for _, id := range ids {
		out[id] = true
	}
	return out
}

// Effective is the day the list takes effect.
func (c *Catalog) Effective() time.Time {
	t, _ := parseDate(c.Date) // validated when read
	return t
}

// All returns the lists, oldest first.
func (ls PriceLists) All() []*Catalog { return ls.lists }

// On returns the list in force on the day: the latest whose date is not
// after it. Before the first list's date, the first list.
func (ls PriceLists) On(d time.Time) *Catalog {
	d = day(d)
	in := ls.lists[0]
	for _, c := range ls.lists[1:] {
		if c.Effective().After(d) {
			break
		}
		in = c
	}
	return in
}

// Next returns the first list that takes effect after the day, or nil: a
// change published ahead of its date.
func (ls PriceLists) Next(d time.Time) *Catalog {
	d = day(d)
	for _, c := range ls.lists {
		if c.Effective().After(d) {
			return c
		}
	}
	return nil
}

// Version returns the list of that version, or nil.
func (ls PriceLists) Version(v string) *Catalog {
	for _, c := range ls.lists {
		if c.Version == v {
			return c
		}
	}
	return nil
}

// Only is the lists reduced to one: every estimate and day priced by it
// (the quote command's -list).
func (ls PriceLists) Only(c *Catalog) PriceLists { return PriceLists{lists: []*Catalog{c}} }
