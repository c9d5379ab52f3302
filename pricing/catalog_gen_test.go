package pricing_test

import (
	"bytes"
	"os"
	"testing"

	"qidian-calculator/internal/gencatalog"
)

// R5, R19: catalog_gen.go and catalog_fixture_gen.go are what the generator
// makes of the lists today, so a price edited in a JSON file and not
// regenerated fails here, not in front of a visitor.
func TestGeneratedCatalogIsCurrent(t *testing.T) {
	shipped, err := gencatalog.Shipped(".")
	if err != nil {
		t.Fatal(err)
	}
	fixtures, err := gencatalog.Fixtures(".")
	if err != nil {
		t.Fatal(err)
	}
	want, err := gencatalog.Source(shipped)
	if err != nil {
		t.Fatalf("%v; fix the list, then run %s", err, gencatalog.Command)
	}
	wantFixture, err := gencatalog.FixtureSource(shipped, fixtures)
	if err != nil {
		t.Fatalf("%v; fix the fixture, then run %s", err, gencatalog.Command)
	}
	for file, want := range map[string][]byte{gencatalog.ShippedOut: want, gencatalog.FixtureOut: wantFixture} {
		got, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("%v; run %s", err, gencatalog.Command)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is out of date with the price lists; run %s", file, gencatalog.Command)
		}
	}
}
