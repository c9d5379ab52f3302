package app

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The page's elements are all go-app's generic Elem (see doc.go). go-app's
// typed constructors are read from its own source: a function of no
// arguments whose result is an HTML… interface, as app.Div() HTMLDiv.
func TestPageUsesOneElementType(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/maxence-charriere/go-app/v10").Output()
	if err != nil {
		t.Fatalf("finding go-app's source: %v", err)
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "pkg", "app", "html_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	genSet := token.NewFileSet()
	gen, err := parser.ParseFile(genSet, "html_gen.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	typed := map[string]string{} // constructor: what to write instead
	for _, d := range gen.Decls {
		f, ok := d.(*ast.FuncDecl)
		if !ok || f.Recv != nil || f.Type.Params.NumFields() != 0 || f.Type.Results.NumFields() != 1 {
			continue
		}
		r, ok := f.Type.Results.List[0].Type.(*ast.Ident)
		if !ok || !strings.HasPrefix(r.Name, "HTML") {
			continue
		}
		file := genSet.File(f.Pos())
		body := src[file.Offset(f.Pos()):file.Offset(f.End())]
		tag := regexp.MustCompile(`tag:\s*"([a-z0-9]+)"`).FindSubmatch(body)
		if tag == nil {
			continue
		}
		typed[f.Name.Name] = fmt.Sprintf("app.Elem(%q)", tag[1])
		if bytes.Contains(body, []byte("isSelfClosing: true")) {
			typed[f.Name.Name] = fmt.Sprintf("app.ElemSelfClosing(%q)", tag[1])
		}
	}
	if typed["Div"] != `app.Elem("div")` || typed["Input"] != `app.ElemSelfClosing("input")` || typed["Elem"] != "" {
		t.Fatalf("read go-app's typed constructors wrongly: %d found", len(typed))
	}

	fset, files := pageSources(t)
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "app" && typed[sel.Sel.Name] != "" {
				t.Errorf("%s: app.%s(): write %s, and Attr for its attributes",
					fset.Position(sel.Pos()), sel.Sel.Name, typed[sel.Sel.Name])
			}
			return true
		})
	}
}
