package pricing

import (
	"os"
	"reflect"
	"testing"

	"github.com/shopspring/decimal"
)

// R5: Default's generated table is exactly what ParseCatalog reads and
// validates from catalog.json: every exported field, every price to its
// exponent, each item's product, the id index and the packs, as the same
// pointers the products hold.
func TestDefaultEqualsParsedCatalog(t *testing.T) {
	data, err := os.ReadFile("catalog.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := ParseCatalog(data)
	if err != nil {
		t.Fatalf("catalog.json is refused: %v", err)
	}
	got := Default()

	// Exported fields, compared with the pointers left out; a field added to
	// a type and missed by the generator differs here.
	bare := func(c Catalog) Catalog { c.Products, c.byID, c.packs = nil, nil, nil; return c }
	if !reflect.DeepEqual(bare(*got), bare(*want)) {
		t.Errorf("catalog header:\n got %+v\nwant %+v", bare(*got), bare(*want))
	}
	if len(got.Products) != len(want.Products) {
		t.Fatalf("%d products, catalog.json has %d", len(got.Products), len(want.Products))
	}
	same := map[*Item]*Item{} // parsed item → generated item at the same place
	for i, wp := range want.Products {
		gp := got.Products[i]
		bareProduct := func(p Product) Product { p.Items = nil; return p }
		if !reflect.DeepEqual(bareProduct(*gp), bareProduct(*wp)) {
			t.Errorf("product %d:\n got %+v\nwant %+v", i, bareProduct(*gp), bareProduct(*wp))
		}
		if len(gp.Items) != len(wp.Items) {
			t.Errorf("product %s: %d items, catalog.json has %d", wp.ID, len(gp.Items), len(wp.Items))
			continue
		}
		for j, wi := range wp.Items {
			gi := gp.Items[j]
			same[wi] = gi
			bareItem := func(it Item) Item { it.product, it.price = nil, decimal.Decimal{}; return it }
			if !reflect.DeepEqual(bareItem(*gi), bareItem(*wi)) {
				t.Errorf("item %s:\n got %+v\nwant %+v", wi.ID, bareItem(*gi), bareItem(*wi))
			}
			if gi.product != gp {
				t.Errorf("item %s does not point back to product %s", gi.ID, gp.ID)
			}
			g, w := gi.price, wi.price
			if !g.Equal(w) || g.String() != w.String() || g.Exponent() != w.Exponent() || g.Coefficient().Cmp(w.Coefficient()) != 0 {
				t.Errorf("item %s price %s (exponent %d), catalog.json %s (exponent %d)", wi.ID, g, g.Exponent(), w, w.Exponent())
			}
		}
	}
	if len(got.byID) != len(want.byID) {
		t.Errorf("index holds %d items, catalog.json %d", len(got.byID), len(want.byID))
	}
	for id, wi := range want.byID {
		if gi := got.Item(id); gi == nil || gi != same[wi] {
			t.Errorf("index: %s is not the catalog's own item", id)
		}
	}
	if len(got.packs) != len(want.packs) {
		t.Fatalf("%d packs, catalog.json %d", len(got.packs), len(want.packs))
	}
	for i, wi := range want.packs {
		if got.packs[i] != same[wi] {
			t.Errorf("pack %d is not the catalog's own %s", i, wi.ID)
		}
	}
}
