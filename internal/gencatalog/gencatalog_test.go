package gencatalog

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const item = `{"id":"a","name":{"zh":"a","en":"a"},"includes":{"zh":"a","en":"a"},"price":"PRICE","minNew":1}`

func catalog(price string) []byte { return list("v", "2026-01-01", "", item, price) }

// list is a one-product list; extra is raw JSON after "source".
func list(version, date, extra, items, price string) []byte {
	return []byte(`{"version":"` + version + `","date":"` + date + `"` + extra + `,"products":[{"id":"p","name":{"zh":"p","en":"p"},"unit":"user","billing":"annual","items":[` +
		strings.ReplaceAll(items, "PRICE", price) + `]}]}`)
}

func files(data ...[]byte) []File {
	var out []File
	for i, d := range data {
		name := "catalog.json"
		if i > 0 {
			name = "catalog-" + string(rune('a'+i)) + ".json"
		}
		out = append(out, File{Name: name, Data: d})
	}
	return out
}

// R5: no table is written for a catalog ParseCatalog refuses.
func TestSourceRefusesInvalidCatalog(t *testing.T) {
	if _, err := Source(files(catalog("-1"))); err == nil || !strings.Contains(err.Error(), "not a positive decimal") {
		t.Errorf("a negative price gave %v", err)
	}
	if _, err := Source(files([]byte(`{`))); err == nil {
		t.Error("broken JSON was accepted")
	}
}

// R19: a bad later list is refused with its file and the field named, and
// lists must follow one another: dates strictly increasing, items added or
// removed only by name.
func TestSourceNamesFileAndField(t *testing.T) {
	b := `{"id":"b","name":{"zh":"b","en":"b"},"includes":{"zh":"b","en":"b"},"price":"5","minNew":1}`
	first := list("2026-11", "2026-11-27", "", item, "10")
	for _, c := range []struct {
		name  string
		later []byte
		want  []string
	}{
		{"negative price", list("2027-01", "2027-01-01", "", item, "-1"), []string{"catalog-b.json", `item "a"`, `"price"`, "positive"}},
		{"no minimum", list("2027-01", "2027-01-01", "", strings.Replace(item, `,"minNew":1`, "", 1), "10"), []string{"catalog-b.json", `item "a"`, `"minNew"`}},
		{"misspelt key", list("2027-01", "2027-01-01", "", strings.Replace(item, `"price"`, `"prcie"`, 1), "10"), []string{"catalog-b.json", `"prcie"`}},
		{"same date", list("2027-01", "2026-11-27", "", item, "10"), []string{"catalog-b.json", `"date"`, "not after"}},
		{"earlier date", list("2027-01", "2026-10-01", "", item, "10"), []string{"catalog-b.json", `"date"`}},
		{"same version", list("2026-11", "2027-01-01", "", item, "10"), []string{"catalog-b.json", `"version"`}},
		{"silent removal", list("2027-01", "2027-01-01", "", b, "10"), []string{"catalog-b.json", `"removed"`, "item a"}},
		{"silent addition", list("2027-01", "2027-01-01", "", item+","+b, "10"), []string{"catalog-b.json", `"added"`, "item b"}},
		{"added twice", list("2027-01", "2027-01-01", `,"added":["a"]`, item, "10"), []string{"catalog-b.json", `"added"`, "already"}},
		{"removed but kept", list("2027-01", "2027-01-01", `,"removed":["a"]`, item, "10"), []string{"catalog-b.json", `"removed"`, "still"}},
	} {
		_, err := Source(files(first, c.later))
		if err == nil {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %q does not name %s", c.name, err, w)
			}
		}
	}
	ok := list("2027-01", "2027-01-01", `,"added":["b"],"removed":["a"]`, b, "12")
	src, err := Source(files(first, ok))
	if err != nil {
		t.Fatalf("an explicit change was refused: %v", err)
	}
	if !strings.Contains(string(src), "var shippedLists = []func() *Catalog{linkCatalog, linkCatalog1}") {
		t.Errorf("the two lists are not both shipped:\n%s", src)
	}
}

// The generator reads catalog.json, then the later lists by file name.
func TestShippedReadsListsInOrder(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string][]byte{
		"catalog.json":         list("2026-11", "2026-11-27", "", item, "10"),
		"catalog-2027-03.json": list("2027-03", "2027-03-01", "", item, "12"),
		"catalog-2027-01.json": list("2027-01", "2027-01-01", "", item, "11"),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fs, err := Shipped(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range fs {
		names = append(names, f.Name)
	}
	if got := strings.Join(names, " "); got != "catalog.json catalog-2027-01.json catalog-2027-03.json" {
		t.Errorf("read %s", got)
	}
	if _, err := Source(fs); err != nil {
		t.Errorf("three lists in order were refused: %v", err)
	}
}

// R1: a price the table could not rebuild exactly is refused, not rounded.
func TestSourceRefusesPriceBeyondInt64(t *testing.T) {
	if _, err := Source(files(catalog("92233720368547758.08"))); err == nil || !strings.Contains(err.Error(), "too many digits") {
		t.Errorf("a 19-digit coefficient gave %v", err)
	}
}

// R1: a price keeps its exact coefficient and exponent in the table.
func TestSourceKeepsPriceExact(t *testing.T) {
	src, err := Source(files(catalog("12.50")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), "decimal.New(1250, -2)") {
		t.Errorf("12.50 is not rebuilt as 1250 × 10⁻²:\n%s", src)
	}
}
