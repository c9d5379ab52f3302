//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	calc "qidian-calculator/app"
)

func TestMain(m *testing.M) {
	for _, p := range pages {
		app.Route(p, func() app.Composer { return calc.NewCalculator() })
	}
	os.Exit(m.Run())
}

// writeWebDir makes the least web directory the site starts from.
func writeWebDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "web")
	for _, name := range []string{"app.wasm", "app.css", "icons/icon-192.png", "icons/icon-512.png", "icons/icon-maskable.png", "icons/icon.svg"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte("fake "+name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// The static subcommand reads its flags and writes the calculator's page
// under the prefix it was given.
func TestStaticCommand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "dist")
	if err := exportStatic([]string{"-web", writeWebDir(t), "-out", out, "-prefix", "/calc/"}); err != nil {
		t.Fatal(err)
	}
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(index), `href="/calc/v/`) {
		t.Errorf("index.html is not hosted under /calc:\n%s", index)
	}
	if err := exportStatic([]string{"-web", writeWebDir(t), "-out", out, "-prefix", "calc"}); err == nil || !strings.Contains(err.Error(), "-prefix") {
		t.Errorf("static -prefix calc: %v, want an error naming -prefix", err)
	}
}
