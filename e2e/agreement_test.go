package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"qidian-calculator/pricing"
)

// The quote command and the page price every golden case the same, to the
// fen: the server binary's `quote -json` prices each case's estimate on the
// browser's day, then the page opens the same file through "打开估算文件",
// as finance would, and must show the same amounts on every line and total.
func TestCommandAndBrowserAgreeOnGoldenCases(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repoRoot, "pricing", "testdata", "cases.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name     string          `json:"name"`
		Estimate json.RawMessage `json:"estimate"`
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	p := newPage(t)
	p.open("/")
	today := eval[string](p, `(d => d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0'))(new Date())`)
	dir := t.TempDir()
	for i, c := range cases {
		var est pricing.Estimate
		if err := json.Unmarshal(c.Estimate, &est); err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		file := filepath.Join(dir, fmt.Sprintf("case-%02d.json", i))
		if err := os.WriteFile(file, pricing.EncodeEstimate(est), 0o644); err != nil {
			t.Fatal(err)
		}
		total, lines := commandQuote(t, file, today)

		p.openMore()
		p.step("open "+c.Name, chromedp.SetUploadFiles(labelled("null", "打开估算文件").sel(), []string{file}))
		// The address bar names the estimate on screen, so two cases with
		// the same amounts cannot pass for each other.
		est.Catalog, est.Lang = pricing.Default().Version, pricing.ZH
		// Less its quote number, which the page gives each estimate it opens,
		// and its quote date, which it gives one that has none (R19).
		p.waitFor(c.Name+": opened", `location.hash.replace(/&(ref|d)=[^&]*/g, '') === `+jsString("#"+pricing.EncodeLink(est)), `[location.hash, text(document.getElementById('notice'))]`)
		want, _ := json.Marshal(struct { // the key order of the JavaScript below
			Total string   `json:"total"`
			Lines []string `json:"lines"`
		}{total, lines})
		p.waitFor(c.Name+": the command's amounts on screen",
			`JSON.stringify({total: text(document.getElementById('total')), lines: [...document.querySelectorAll('section.line .amount-value')].map(text)}) === `+jsString(string(want)),
			`({total: text(document.getElementById('total')), lines: [...document.querySelectorAll('section.line .amount-value')].map(text), want: `+string(want)+`})`)
	}
}

// commandQuote runs `qidian-calculator quote -json` on file and returns the
// total and each line's amount as the page writes them.
func commandQuote(t *testing.T, file, today string) (string, []string) {
	t.Helper()
	cmd := exec.Command(filepath.Join(repoRoot, "bin", "qidian-calculator"), "quote", "-json", "-today", today, file)
	out, _ := cmd.Output() // exits 1 for cases with errors, after printing the JSON
	var x struct {
		Quote struct {
			Total *string `json:"total"` // null when nothing is priced
			Lines []struct {
				Amount    *string `json:"amount"`
				OnRequest bool    `json:"onRequest"`
			} `json:"lines"`
		} `json:"quote"`
	}
	if err := json.Unmarshal(out, &x); err != nil {
		t.Fatalf("quote -json %s: %v\n%s", file, err, out)
	}
	lines := make([]string, len(x.Quote.Lines))
	for i, l := range x.Quote.Lines {
		switch {
		case l.Amount != nil:
			lines[i] = shownYuan(*l.Amount)
		case l.OnRequest:
			lines[i] = pricing.OnRequestText(pricing.ZH)
		default:
			lines[i] = "—"
		}
	}
	if x.Quote.Total == nil {
		return "—", lines // as the page shows a total of nothing priced
	}
	return shownYuan(*x.Quote.Total), lines
}

// shownYuan writes "4795.20" as the page shows it: "4,795.20 元".
func shownYuan(fixed string) string {
	intPart, frac, _ := strings.Cut(fixed, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String() + "." + frac + " 元"
}

// A link keeps typed text as typed: "1,000" travels escaped (%2C) and must
// not split into two fields when the page reads it back.
func TestLinkKeepsEscapedText(t *testing.T) {
	p := newPage(t)
	p.open("/#" + pricing.EncodeLink(pricing.Estimate{Lines: []pricing.Line{{Item: "pack-120k", Quantity: "1,000"}}}))
	p.waitText(css("null", "#total"), "1,600,000.00 元")
	p.waitValue(labelled(line(1), "套数"), "1,000")
}

// A first visit installs the app; it is no update, so no "new version" banner.
func TestFirstVisitShowsNoUpdateBanner(t *testing.T) {
	p := newPage(t)
	p.open("/")
	p.waitFor("the service worker to control the page", `navigator.serviceWorker.controller`, `!!navigator.serviceWorker.controller`)
	// Let go-app's update check and the page's cache lookup run their course.
	settled := eval[bool](p, `caches.keys().then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => r(true), 200)))))`)
	if banner := eval[string](p, `text(document.querySelector('.update-banner')) || ''`); !settled || banner != "" {
		t.Errorf("first visit shows %q", banner)
	}
}
