package gencatalog

import (
	"strings"
	"testing"
)

const item = `{"id":"a","name":{"zh":"a","en":"a"},"includes":{"zh":"a","en":"a"},"price":"PRICE","minNew":1}`

func catalog(price string) []byte {
	return []byte(`{"version":"v","date":"2026-01-01","products":[{"id":"p","name":{"zh":"p","en":"p"},"unit":"user","billing":"annual","items":[` +
		strings.Replace(item, "PRICE", price, 1) + `]}]}`)
}

// R5: no table is written for a catalog ParseCatalog refuses.
func TestSourceRefusesInvalidCatalog(t *testing.T) {
	if _, err := Source(catalog("-1")); err == nil || !strings.Contains(err.Error(), "not a positive decimal") {
		t.Errorf("a negative price gave %v", err)
	}
	if _, err := Source([]byte(`{`)); err == nil {
		t.Error("broken JSON was accepted")
	}
}

// R1: a price the table could not rebuild exactly is refused, not rounded.
func TestSourceRefusesPriceBeyondInt64(t *testing.T) {
	if _, err := Source(catalog("92233720368547758.08")); err == nil || !strings.Contains(err.Error(), "too many digits") {
		t.Errorf("a 19-digit coefficient gave %v", err)
	}
}

// R1: a price keeps its exact coefficient and exponent in the table.
func TestSourceKeepsPriceExact(t *testing.T) {
	src, err := Source(catalog("12.50"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), "decimal.New(1250, -2)") {
		t.Errorf("12.50 is not rebuilt as 1250 × 10⁻²:\n%s", src)
	}
}
