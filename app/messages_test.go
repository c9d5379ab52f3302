package app

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"qidian-calculator/pricing"
)

// placeholder is what tf fills; any other % in a message is a mistake.
var placeholder = regexp.MustCompile(`%.`)

// verbs lists a message's placeholders in order, e.g. [%s %d].
func verbs(text string) []string { return placeholder.FindAllString(text, -1) }

// tf fills every message of the table as fmt.Sprintf fills it with the same
// strings and ints, in both languages, and both languages take the same
// placeholders in the same order (the call sites pass one list for both).
func TestMessageArgumentsFillAsFmtDoes(t *testing.T) {
	for k, m := range messages {
		key := msg(k)
		zh, en := verbs(m[0]), verbs(m[1])
		if !slices.Equal(zh, en) {
			t.Errorf("message %q: zh takes %v, en takes %v", m[0], zh, en)
			continue
		}
		var args []string
		var fmtArgs []any
		for i, v := range zh {
			switch v {
			case "%s":
				s := "文本" + strconv.Itoa(i)
				args, fmtArgs = append(args, s), append(fmtArgs, s)
			case "%d":
				n := 40 + i
				args, fmtArgs = append(args, strconv.Itoa(n)), append(fmtArgs, n)
			default:
				t.Errorf("message %q: %s is not a placeholder tf fills", m[0], v)
			}
		}
		for _, lang := range []pricing.Lang{pricing.ZH, pricing.EN} {
			if got, want := tf(lang, key, args...), fmt.Sprintf(t0(lang, key), fmtArgs...); got != want {
				t.Errorf("%s %q: tf gives %q, fmt %q", lang, t0(lang, key), got, want)
			}
		}
	}
}

// A wrong argument count shows a "%!" marker, as fmt does (the page tests
// look for "%!"), and does not crash the page.
func TestMessageArgumentsMismatchShows(t *testing.T) {
	if got := tf(pricing.ZH, msgLine); !strings.Contains(got, "%!d(MISSING)") {
		t.Errorf("a missing argument reads %q", got)
	}
	if got := tf(pricing.EN, msgLine, "1", "2"); got != "Item 1%!(EXTRA)" {
		t.Errorf("an extra argument reads %q", got)
	}
}

// Every call of tf in the app passes as many arguments as its message has
// placeholders, and no message with placeholders is shown by t unfilled:
// checked on the source, so a wrong count fails here, not on a page.
func TestMessageArguments(t *testing.T) {
	fset, parsed := pageSources(t)
	keys := messageKeys(t, parsed)
	calls := 0
	for _, p := range messageCallProblems(fset, parsed, keys, &calls) {
		t.Error(p)
	}
	if calls < 15 {
		t.Errorf("found %d calls of tf; the checker no longer sees them", calls)
	}
}

// The checker itself catches a wrong count and an unfilled message.
func TestMessageArgumentsCheckerCatches(t *testing.T) {
	src := `package app
func f() {
	_ = tf(lang, msgLine)
	_ = tf(lang, msgCatalog, "v1")
	_ = t(lang, msgLinesFull)
	_ = tf(lang, msgLine, "1")
}`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "bad.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]msg{"msgLine": msgLine, "msgCatalog": msgCatalog, "msgLinesFull": msgLinesFull}
	calls := 0
	problems := messageCallProblems(fset, []*ast.File{f}, keys, &calls)
	if len(problems) != 3 || calls != 3 {
		t.Errorf("the checker found %d problems in %d calls of tf, want 3 in 3: %q", len(problems), calls, problems)
	}
}

// messageKeys maps each message constant's name to its value, from the
// const block that declares them with iota.
func messageKeys(t *testing.T, files []*ast.File) map[string]msg {
	t.Helper()
	keys := map[string]msg{}
	for _, f := range files {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST || len(g.Specs) == 0 {
				continue
			}
			first := g.Specs[0].(*ast.ValueSpec)
			if len(first.Names) != 1 || first.Names[0].Name != "msgTitle" {
				continue
			}
			for i, s := range g.Specs {
				v := s.(*ast.ValueSpec)
				if len(v.Names) != 1 || (i > 0 && len(v.Values) > 0) {
					t.Fatalf("the message constants are no longer one plain iota list (at %s)", v.Names[0].Name)
				}
				keys[v.Names[0].Name] = msg(i)
			}
		}
	}
	if len(keys) != int(msgCount)+1 || keys["msgCount"] != msgCount {
		t.Fatalf("found %d message constants, want %d", len(keys), msgCount+1)
	}
	return keys
}

// messageCallProblems checks calls of t and tf whose key is a message
// constant; calls counts the calls of tf seen.
func messageCallProblems(fset *token.FileSet, files []*ast.File, keys map[string]msg, calls *int) []string {
	var problems []string
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) < 2 {
				return true
			}
			fn, ok := call.Fun.(*ast.Ident)
			if !ok || (fn.Name != "t" && fn.Name != "tf") {
				return true
			}
			id, ok := call.Args[1].(*ast.Ident)
			if !ok {
				return true // a key held in a variable: its texts are checked by the page tests
			}
			key, ok := keys[id.Name]
			if !ok {
				return true
			}
			want := len(verbs(messages[key][0]))
			at := fset.Position(call.Pos()).String()
			switch {
			case fn.Name == "t" && want > 0:
				problems = append(problems, fmt.Sprintf("%s: %s has %d placeholders; fill it with tf", at, id.Name, want))
			case fn.Name == "tf":
				*calls++
				if call.Ellipsis.IsValid() {
					problems = append(problems, fmt.Sprintf("%s: tf with %s passes a slice; pass each argument", at, id.Name))
				} else if got := len(call.Args) - 2; got != want {
					problems = append(problems, fmt.Sprintf("%s: tf with %s passes %d arguments; its text has %d placeholders", at, id.Name, got, want))
				}
			}
			return true
		})
	}
	return problems
}

// The page's code keeps fmt off its first render and keystrokes: no file
// imports it, and none calls go-app's Aria, DataSet or Textf, which format
// their value with fmt (Attr("aria-…", v) writes the same attribute).
func TestPageCodeAvoidsFmt(t *testing.T) {
	fset, parsed := pageSources(t)
	for _, f := range parsed {
		for _, imp := range f.Imports {
			if imp.Path.Value == `"fmt"` {
				t.Errorf("%s imports fmt", fset.Position(f.Package).Filename)
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				switch sel.Sel.Name {
				case "Aria", "DataSet", "Textf":
					t.Errorf("%s: %s formats with fmt", fset.Position(sel.Sel.Pos()), sel.Sel.Name)
				}
			}
			return true
		})
	}
}

// pageSources parses the package's own files, its tests left out.
func pageSources(t *testing.T) (*token.FileSet, []*ast.File) {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var parsed []*ast.File
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		parsed = append(parsed, f)
	}
	return fset, parsed
}
