// Command gencatalog writes pricing/catalog_gen.go, the tables of the price
// lists that pricing.Lists returns, from pricing/catalog.json and every later
// list, pricing/catalog-VERSION.json; and pricing/catalog_fixture_gen.go,
// the test fixtures' tables (testdata/pricelists), built only with the
// pricefixture tag. Run it after editing a list, from the module root:
//
//	go generate ./pricing
//
// It refuses a list that pricing.ParseCatalog refuses, or lists that do not
// follow one another (pricing.NewPriceLists), naming the file and the
// field, and writes nothing then. It builds on package pricing, so a change
// to pricing's types that leaves the tables uncompilable needs the
// generator and those files fixed together.
package main

import (
	"flag"
	"fmt"
	"os"

	"qidian-calculator/internal/gencatalog"
)

func main() {
	dir := flag.String("dir", ".", "the pricing package's folder")
	flag.Parse()
	if err := generate(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "gencatalog:", err)
		os.Exit(1)
	}
}

func generate(dir string) error {
	shipped, err := gencatalog.Shipped(dir)
	if err != nil {
		return err
	}
	fixtures, err := gencatalog.Fixtures(dir)
	if err != nil {
		return err
	}
	src, err := gencatalog.Source(shipped)
	if err != nil {
		return err
	}
	fixtureSrc, err := gencatalog.FixtureSource(shipped, fixtures)
	if err != nil {
		return err
	}
	if err := os.WriteFile(dir+"/"+gencatalog.ShippedOut, src, 0o644); err != nil {
		return err
	}
	return os.WriteFile(dir+"/"+gencatalog.FixtureOut, fixtureSrc, 0o644)
}
