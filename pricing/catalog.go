package pricing

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"
)

// Unit is what one unit of quantity buys.
type Unit string

const (
	UnitUser Unit = "user" // 用户: a seat
	UnitBot  Unit = "bot"  // 个: one chatbot
	UnitSet  Unit = "set"  // 套: one pack or service
)

// unitWords names each unit after a count ("3个用户", "3 users") and in a
// rate ("999元/用户/年", "¥999/user/yr"). English adds an "s" after any
// count but 1; Chinese has no plural.
var unitWords = map[Unit]struct{ count, per Text }{
	UnitUser: {Text{"个用户", "user"}, Text{"用户", "user"}},
	UnitBot:  {Text{"个机器人", "bot"}, Text{"个", "bot"}},
	UnitSet:  {Text{"套", "set"}, Text{"套", "set"}},
}

// Word is the unit's word after a count of n: "个用户", "users", "bot".
func (u Unit) Word(lang Lang, n int64) string {
	w := unitWords[u].count.In(lang)
	if lang == EN && n != 1 && w != "" {
		w += "s"
	}
	return w
}

// Count is n with the unit's word, digits grouped: "1,000个用户", "3 bots".
func (u Unit) Count(lang Lang, n int64) string {
	return group(strconv.FormatInt(n, 10)) + lang.Pick("", " ") + u.Word(lang, n)
}

// Per is the unit's word in a rate after "元/": "用户", "个", "user".
func (u Unit) Per(lang Lang) string { return unitWords[u].per.In(lang) }

// Billing says how an item is paid for.
type Billing string

const (
	Annual Billing = "annual" // 包年: whole years, prorated when added mid-term (R6, R7)
	Once   Billing = "once"   // bought per set, once (R12)
)

// Industry is one industry of the knowledge cloud (R2).
type Industry struct {
	ID   string `json:"id"`
	Name Text   `json:"name"`
}

// Item is one thing a visitor can put on a line: an edition, a pack or a service.
type Item struct {
	ID             string     `json:"id"`
	Name           Text       `json:"name"`
	Includes       Text       `json:"includes"`
	Price          string     `json:"price,omitempty"` // unit price in 元, exact decimal text
	OnRequest      bool       `json:"onRequest,omitempty"`
	MinNew         int64      `json:"minNew"`                   // least quantity of a new purchase (R3)
	OnePerCustomer bool       `json:"onePerCustomer,omitempty"` // at most one new set per estimate (R4)
	Quota          int64      `json:"quota,omitempty"`          // sessions in a top-up pack (R13)
	Industries     []Industry `json:"industries,omitempty"`     // choices of the knowledge cloud

	product *Product
	price   decimal.Decimal
}

// Product returns the product the item belongs to.
func (it *Item) Product() *Product { return it.product }

// UnitPrice returns the price of one unit for one year (annual) or one set (once).
// It is zero for price-on-request items.
func (it *Item) UnitPrice() Money { return Money{it.price} }

// Billing is the item's product's billing.
func (it *Item) Billing() Billing { return it.product.Billing }

// Unit is the item's product's unit.
func (it *Item) Unit() Unit { return it.product.Unit }

// Industry returns the industry with the given id, or nil.
func (it *Item) Industry(id string) *Industry {
	for i := range it.Industries {
		if it.Industries[i].ID == id {
			return &it.Industries[i]
		}
	}
	return nil
}

// FullName is "在线客服 基础版" / "Online chat Basic"; a product with one
// item of the same name is named once.
func (it *Item) FullName(lang Lang) string {
	p, i := it.product.Name.In(lang), it.Name.In(lang)
	if p == i {
		return p
	}
	return p + " " + i
}

// Product is a family of items sharing a unit and billing.
type Product struct {
	ID      string  `json:"id"`
	Name    Text    `json:"name"`
	Unit    Unit    `json:"unit"`
	Billing Billing `json:"billing"`
	Items   []*Item `json:"items"`
}

// Catalog is the vendor's price list, read from catalog.json (R5).
type Catalog struct {
	Version  string     `json:"version"`
	Date     string     `json:"date"`
	Source   string     `json:"source"`
	Products []*Product `json:"products"`

	// A later list names the items it adds to, and removes from, the list
	// before it (pricelists.go): no item appears or vanishes by a slip.
	Added   []string `json:"added,omitempty"`
	Removed []string `json:"removed,omitempty"`

	byID  map[string]*Item
	packs []*Item
}

// Item returns the item with the given id, or nil.
func (c *Catalog) Item(id string) *Item { return c.byID[id] }

// Packs returns the session top-up packs, smallest quota first.
func (c *Catalog) Packs() []*Item { return c.packs }

//go:generate go run qidian-calculator/cmd/gencatalog

// Default returns the first price list, catalog.json as validated by
// ParseCatalog when its table was generated (R5, catalog_gen.go), so a
// start decodes and validates nothing; the tests hold the two equal. An
// estimate is priced by the list of its day: Lists (R19).
func Default() *Catalog { return Lists().All()[0] }

// ParseCatalog decodes and validates a catalog. A key it does not know is
// refused: in a price list, "prcie" is a slip, not a later format.
func ParseCatalog(data []byte) (*Catalog, error) {
	var c Catalog
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return nil, err
	}
	if err := c.index(); err != nil {
		return nil, err
	}
	return &c, nil
}

// maxPackPlanUnits bounds the pack advisor's table (see advisor.go), so a
// catalog whose pack quotas share no large common divisor is refused here.
const maxPackPlanUnits = 1 << 20

func (c *Catalog) index() error {
	if c.Version == "" || c.Date == "" {
		return fmt.Errorf("\"version\" and \"date\" are required")
	}
	if _, err := parseDate(c.Date); err != nil {
		return fmt.Errorf("\"date\": %q: %v", c.Date, err)
	}
	if len(c.Products) == 0 {
		return fmt.Errorf("\"products\": none listed")
	}
	c.byID = map[string]*Item{}
	for _, p := range c.Products {
		if p.ID == "" || p.Name.ZH == "" || p.Name.EN == "" {
			return fmt.Errorf("product %q: \"id\" and \"name\" in both languages are required", p.ID)
		}
		switch p.Unit {
		case UnitUser, UnitBot, UnitSet:
		default:
			return fmt.Errorf("product %s: \"unit\": unknown unit %q", p.ID, p.Unit)
		}
		if p.Billing != Annual && p.Billing != Once {
			return fmt.Errorf("product %s: \"billing\": unknown billing %q", p.ID, p.Billing)
		}
		if len(p.Items) == 0 {
			return fmt.Errorf("product %s: \"items\": none listed", p.ID)
		}
		for _, it := range p.Items {
			if err := it.validate(p); err != nil {
				return fmt.Errorf("item %q: %v", it.ID, err)
			}
			if c.byID[it.ID] != nil {
				return fmt.Errorf("item %q: \"id\": listed twice", it.ID)
			}
			c.byID[it.ID] = it
			if it.Quota > 0 {
				c.packs = append(c.packs, it)
			}
		}
	}
	for i := 1; i < len(c.packs); i++ {
		if c.packs[i].Quota <= c.packs[i-1].Quota {
			return fmt.Errorf("item %q: \"quota\": packs must be listed by growing quota", c.packs[i].ID)
		}
	}
	if len(c.packs) > 0 && packUnitsBound(c.packs) > maxPackPlanUnits {
		return fmt.Errorf("\"quota\": pack quotas share too small a divisor for the pack advisor")
	}
	return nil
}

func (it *Item) validate(p *Product) error {
	it.product = p
	if it.ID == "" || it.Name.ZH == "" || it.Name.EN == "" || it.Includes.ZH == "" || it.Includes.EN == "" {
		return fmt.Errorf("\"id\", and \"name\" and \"includes\" in both languages, are required")
	}
	if it.MinNew < 1 {
		return fmt.Errorf("\"minNew\": the minimum quantity is required and at least 1")
	}
	if it.OnRequest {
		if it.Price != "" {
			return fmt.Errorf("\"price\": a price-on-request item has no price")
		}
	} else {
		d, err := decimal.NewFromString(it.Price)
		if err != nil || !d.IsPositive() {
			return fmt.Errorf("\"price\": %q is not a positive decimal", it.Price)
		}
		// R1: a price to the fen keeps every amount a finite decimal; only
		// unit/10 can add a digit, which the one rounding per line absorbs.
		if d.Exponent() < -2 {
			return fmt.Errorf("\"price\": %q has more than two decimals", it.Price)
		}
		it.price = d
	}
	if it.Quota < 0 || (it.Quota > 0 && (p.Billing != Once || it.OnRequest)) {
		return fmt.Errorf("\"quota\": only priced one-time items carry a quota")
	}
	seen := map[string]bool{}
	for _, ind := range it.Industries {
		if ind.ID == "" || ind.Name.ZH == "" || ind.Name.EN == "" || seen[ind.ID] {
			return fmt.Errorf("\"industries\": industry %q needs a unique id and names in both languages", ind.ID)
		}
		seen[ind.ID] = true
	}
	return nil
}
