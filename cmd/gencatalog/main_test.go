package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// R19: go generate refuses a bad later list, naming its file and field,
// and writes nothing.
func TestGenerateRefusesABadList(t *testing.T) {
	dir := t.TempDir()
	first, err := os.ReadFile(filepath.Join("..", "..", "pricing", "catalog.json"))
	if err != nil {
		t.Fatal(err)
	}
	later := strings.Replace(strings.Replace(string(first), `"version": "2026-11"`, `"version": "2027-01"`, 1), `"date": "2026-11-27"`, `"date": "2027-01-01"`, 1)
	later = strings.Replace(later, `"price": "999"`, `"price": "0"`, 1)
	if later == string(first) || !strings.Contains(later, `"price": "0"`) {
		t.Fatal("catalog.json is not as this test expects")
	}
	for name, data := range map[string]string{"catalog.json": string(first), "catalog-2027-01.json": later} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	err = generate(dir)
	if err == nil || !strings.Contains(err.Error(), "catalog-2027-01.json") || !strings.Contains(err.Error(), `"price"`) || !strings.Contains(err.Error(), "chat-basic") {
		t.Errorf("a zero price gave %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "catalog_gen.go")); err == nil {
		t.Error("a table was written for a bad list")
	}
}
