package pricing

import (
	"strings"
	"testing"
)

// R2: the embedded catalog holds exactly the source's items and prices.
func TestCatalogMatchesSource(t *testing.T) {
	want := map[string]string{ // id → price, or "ask" for price on request
		"chat-basic": "999", "chat-pro": "3000",
		"phone-standard": "1500", "phone-enterprise": "3600",
		"bot-standard": "5800", "bot-pro": "ask", "bot-enterprise": "ask",
		"pack-120k": "1600", "pack-360k": "3600", "pack-960k": "7600", "pack-6m": "36000",
		"knowledge-cloud": "15000", "coldstart": "ask",
	}
	cat := Default()
	n := 0
	for _, p := range cat.Products {
		for _, it := range p.Items {
			n++
			w, ok := want[it.ID]
			switch {
			case !ok:
				t.Errorf("%s is not in the source", it.ID)
			case w == "ask" && !it.OnRequest:
				t.Errorf("%s should be price on request", it.ID)
			case w != "ask" && !it.UnitPrice().Decimal().Equal(mustDecimal(t, w)):
				t.Errorf("%s costs %s, want %s", it.ID, it.UnitPrice(), w)
			}
		}
	}
	if n != len(want) {
		t.Errorf("catalog has %d items, source %d", n, len(want))
	}
	// R3, R4: minimums and the one-set limit.
	for id, min := range map[string]int64{"chat-basic": 3, "chat-pro": 3, "phone-standard": 3, "phone-enterprise": 3, "bot-standard": 1} {
		if got := cat.Item(id).MinNew; got != min {
			t.Errorf("%s minimum %d, want %d", id, got, min)
		}
	}
	if !cat.Item("chat-pro").OnePerCustomer || cat.Item("chat-basic").OnePerCustomer {
		t.Error("only 专业版 online chat is limited to one set")
	}
	// R13: packs by quota.
	quotas := []int64{120_000, 360_000, 960_000, 6_000_000}
	for i, p := range cat.Packs() {
		if p.Quota != quotas[i] {
			t.Errorf("pack %d quota %d, want %d", i, p.Quota, quotas[i])
		}
	}
	var inds []string
	for _, ind := range cat.Item("knowledge-cloud").Industries {
		inds = append(inds, ind.ID)
	}
	if strings.Join(inds, ",") != "ecommerce,hrssc,education" {
		t.Errorf("industries %v", inds)
	}
	if cat.Version == "" || cat.Date == "" {
		t.Error("catalog needs a version and date (R5)")
	}
}

// A malformed catalog fails here, never in front of a visitor (R5).
func TestCatalogValidation(t *testing.T) {
	const item = `{"id":"a","name":{"zh":"a","en":"a"},"includes":{"zh":"a","en":"a"},"price":"10","minNew":1}`
	product := func(billing, items string) string {
		return `{"version":"v","date":"2026-01-01","products":[{"id":"p","name":{"zh":"p","en":"p"},"unit":"user","billing":"` + billing + `","items":[` + items + `]}]}`
	}
	bad := map[string]string{
		"not json":          `{`,
		"no version":        `{"date":"2026-01-01","products":[]}`,
		"bad date":          `{"version":"v","date":"soon","products":[]}`,
		"no products":       `{"version":"v","date":"2026-01-01","products":[]}`,
		"unknown billing":   product("monthly", item),
		"no items":          product("annual", ""),
		"duplicate id":      product("annual", item+","+item),
		"negative price":    product("annual", strings.Replace(item, `"10"`, `"-10"`, 1)),
		"price not decimal": product("annual", strings.Replace(item, `"10"`, `"ten"`, 1)),
		"sub-fen price":     product("annual", strings.Replace(item, `"10"`, `"10.001"`, 1)),
		"zero minimum":      product("annual", strings.Replace(item, `"minNew":1`, `"minNew":0`, 1)),
		"no english name":   product("annual", strings.Replace(item, `"en":"a"`, `"en":""`, 1)),
		"priced on request": product("annual", strings.Replace(item, `"minNew":1`, `"minNew":1,"onRequest":true`, 1)),
		"annual quota":      product("annual", strings.Replace(item, `"minNew":1`, `"minNew":1,"quota":5`, 1)),
		"packs out of order": product("once", strings.Replace(item, `"minNew":1`, `"minNew":1,"quota":50`, 1)+","+
			strings.Replace(strings.Replace(item, `"a"`, `"b"`, 1), `"minNew":1`, `"minNew":1,"quota":5`, 1)),
		"coprime pack quotas": product("once", strings.Replace(item, `"minNew":1`, `"minNew":1,"quota":1000003`, 1)+","+
			strings.Replace(strings.Replace(item, `"a"`, `"b"`, 1), `"minNew":1`, `"minNew":1,"quota":2000000`, 1)),
	}
	for name, data := range bad {
		if _, err := ParseCatalog([]byte(data)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := ParseCatalog([]byte(product("annual", item))); err != nil {
		t.Errorf("a minimal valid catalog was refused: %v", err)
	}
}
