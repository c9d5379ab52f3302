// Command gencatalog writes pricing/catalog_gen.go, the catalog table that
// pricing.Default returns, from pricing/catalog.json. Run it after editing
// the catalog, from the module root:
//
//	go generate ./pricing
//
// It refuses a catalog that pricing.ParseCatalog refuses, and writes nothing then.
// It builds on package pricing, so a change to pricing's types that leaves
// catalog_gen.go uncompilable needs the generator and that file fixed together.
package main

import (
	"flag"
	"fmt"
	"os"

	"qidian-calculator/internal/gencatalog"
)

func main() {
	in := flag.String("in", "catalog.json", "the catalog to read")
	out := flag.String("out", "catalog_gen.go", "the Go file to write")
	flag.Parse()
	data, err := os.ReadFile(*in)
	if err == nil {
		var src []byte
		if src, err = gencatalog.Source(data); err == nil {
			err = os.WriteFile(*out, src, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencatalog:", err)
		os.Exit(1)
	}
}
