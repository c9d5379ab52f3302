package pricing

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/quotes.golden from the current output")

// goldenCase is one hand-worked case of testdata/cases.json. Its want is
// worked out by hand from the source and docs/rules.md; the golden file then pins
// the full wording in both languages.
type goldenCase struct {
	Name     string          `json:"name"`
	Rule     string          `json:"rule"`
	Today    string          `json:"today"`
	Estimate json.RawMessage `json:"estimate"`
	Want     struct {
		Term       string   `json:"term"`  // "1y6m" or "error FIELD REASON"
		Lines      []string `json:"lines"` // "4795.20", "999.00 capped", "on-request", "unpriced", "error FIELD REASON"
		Total      string   `json:"total"`
		Excludes   bool     `json:"excludes"`
		Incomplete bool     `json:"incomplete"`
	} `json:"want"`
}

// goldenToday is the day the cases run on unless they say otherwise.
var goldenToday = time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)

func loadGoldenCases(t testing.TB) []goldenCase {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "cases.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldenCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

func (gc goldenCase) estimate(t testing.TB) (Estimate, time.Time) {
	t.Helper()
	var e Estimate
	if err := json.Unmarshal(gc.Estimate, &e); err != nil {
		t.Fatalf("%s: %v", gc.Name, err)
	}
	today := goldenToday
	if gc.Today != "" {
		today, _ = parseDate(gc.Today)
	}
	return e, today
}

func describeErr(errs []*InputError) string {
	var s []string
	for _, e := range errs {
		s = append(s, fmt.Sprintf("error %s %s", e.Field, e.Reason))
	}
	return strings.Join(s, "; ")
}

func describeLine(l LineQuote) string {
	switch {
	case len(l.Errors) > 0:
		return describeErr(l.Errors)
	case l.OnRequest:
		return "on-request"
	case !l.Priced:
		return "unpriced"
	case l.Capped:
		return l.Amount.Fixed() + " capped"
	}
	return l.Amount.Fixed()
}

func TestGoldenCases(t *testing.T) {
	cases := loadGoldenCases(t)
	if len(cases) < 40 {
		t.Fatalf("only %d golden cases; the table must cover every rule", len(cases))
	}
	var golden bytes.Buffer
	cat := Default()
	for _, gc := range cases {
		e, today := gc.estimate(t)
		q := cat.Price(e, today)
		t.Run(gc.Name, func(t *testing.T) {
			term := ""
			if q.HasAdditions {
				term = q.Term.String()
				if !q.TermOK {
					term = describeErr(q.TermErrors)
				}
			}
			if term != gc.Want.Term {
				t.Errorf("term = %q, want %q", term, gc.Want.Term)
			}
			if len(q.Lines) != len(gc.Want.Lines) {
				t.Fatalf("%d lines quoted, want %d", len(q.Lines), len(gc.Want.Lines))
			}
			for i, l := range q.Lines {
				if got := describeLine(l); got != gc.Want.Lines[i] {
					t.Errorf("line %d = %q, want %q", i+1, got, gc.Want.Lines[i])
				}
			}
			if got := q.Total.Fixed(); got != gc.Want.Total {
				t.Errorf("total = %s, want %s", got, gc.Want.Total)
			}
			if q.ExcludesOnRequest != gc.Want.Excludes {
				t.Errorf("excludes on-request = %v, want %v", q.ExcludesOnRequest, gc.Want.Excludes)
			}
			if q.Complete == gc.Want.Incomplete {
				t.Errorf("complete = %v, want %v", q.Complete, !gc.Want.Incomplete)
			}
		})
		fmt.Fprintf(&golden, "== %s [%s]\n", gc.Name, gc.Rule)
		for _, lang := range []Lang{ZH, EN} {
			if err := WriteText(&golden, &q, lang); err != nil {
				t.Fatal(err)
			}
		}
		golden.WriteByte('\n')
	}

	matchGolden(t, "quotes.golden", "TestGoldenCases", golden.Bytes())
}

// matchGolden compares got with testdata/name, or rewrites it with -update.
func matchGolden(t *testing.T, name, test string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./pricing -run %s -update)", err, test)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs; review with -update and git diff:\n%s", path, firstDiff(string(got), string(want)))
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n got: %s\nwant: %s", i+1, gl, wl)
		}
	}
	return ""
}
