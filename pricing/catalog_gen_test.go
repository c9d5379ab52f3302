package pricing_test

import (
	"bytes"
	"os"
	"testing"

	"qidian-calculator/internal/gencatalog"
)

// R5: catalog_gen.go is what the generator makes of catalog.json today, so a
// price edited in the JSON and not regenerated fails here, not in front of a
// visitor.
func TestGeneratedCatalogIsCurrent(t *testing.T) {
	data, err := os.ReadFile("catalog.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := gencatalog.Source(data)
	if err != nil {
		t.Fatalf("%v; fix catalog.json, then run %s", err, gencatalog.Command)
	}
	got, err := os.ReadFile("catalog_gen.go")
	if err != nil {
		t.Fatalf("%v; run %s", err, gencatalog.Command)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("catalog_gen.go is out of date with catalog.json; run %s", gencatalog.Command)
	}
}
