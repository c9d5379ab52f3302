//go:build !pricefixture

package pricing

// fixtureLists are the test fixtures' price lists, only in a build with the
// pricefixture tag (catalog_fixture_gen.go): the page ships without them.
var fixtureLists []func() *Catalog
