//go:build !wasm

package main

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
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
	for _, name := range []string{"app.wasm", "app.css", "print.css", "icons/icon-192.png", "icons/icon-512.png", "icons/icon-maskable.png", "icons/icon.svg"} {
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

// A misspelt command or a stray argument is an error with the usage; it
// must never start the server in their place.
func TestCommandLine(t *testing.T) {
	var out strings.Builder
	stderr = &out
	defer func() { stderr = os.Stderr }()
	tests := []struct {
		args []string
		err  string // "" for -h, which is not an error
	}{
		{[]string{"qoute", "x.json"}, `unknown command "qoute"`},
		{[]string{"x.json"}, `unknown command "x.json"`},
		{[]string{"serve", "x.json"}, `serve takes no argument "x.json"`},
		{[]string{"-addr", "127.0.0.1:0", "stray"}, `serve takes no argument "stray"`},
		{[]string{"static", "-out", t.TempDir(), "dist"}, `static takes no argument "dist"`},
		{[]string{"-h"}, ""},
		{[]string{"static", "-h"}, ""},
	}
	for _, tt := range tests {
		out.Reset()
		err := run(tt.args)
		if tt.err == "" {
			if !errors.Is(err, flag.ErrHelp) {
				t.Errorf("%q: %v, want help", tt.args, err)
			}
		} else if err == nil || err.Error() != tt.err {
			t.Errorf("%q: %v, want %s", tt.args, err, tt.err)
		}
		for _, command := range []string{"qidian-calculator [serve]", "qidian-calculator static", "qidian-calculator quote"} {
			if !strings.Contains(out.String(), command) {
				t.Errorf("%q: usage lacks %q:\n%s", tt.args, command, out.String())
			}
		}
	}
}

// A hostile -embed-origins stops serve and static before they start.
func TestEmbedOriginsFlag(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "-addr", "127.0.0.1:0", "-embed-origins", "https://a.example 'unsafe-inline'"},
		{"static", "-out", t.TempDir(), "-embed-origins", "*"},
	} {
		if err := run(args); err == nil || !strings.Contains(err.Error(), "bad -embed-origins") {
			t.Errorf("%q: %v, want a refusal naming -embed-origins", args, err)
		}
	}
}

// web/print.css is linked with media="print" (internal/site), but a static
// host's page or an old cached one may link it for every medium: only rules
// inside @media print keep the screen page unchanged either way.
func TestPrintStylesheetIsPrintOnly(t *testing.T) {
	css, err := os.ReadFile("web/print.css")
	if err != nil {
		t.Fatal(err)
	}
	text := regexp.MustCompile(`(?s)/\*.*?\*/`).ReplaceAllString(string(css), "")
	for depth, i := 0, 0; i < len(text); i++ {
		switch text[i] {
		case '{':
			if depth == 0 {
				if head := strings.TrimSpace(text[strings.LastIndexByte(text[:i], '}')+1 : i]); head != "@media print" {
					t.Errorf("web/print.css has %q outside @media print", head)
				}
			}
			depth++
		case '}':
			depth--
		}
	}
}
