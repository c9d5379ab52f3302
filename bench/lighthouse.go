//go:build !wasm

package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"qidian-calculator/internal/chrome"
)

// lighthouseVersion is pinned: 12.2.3 is the last release that runs on
// Node 20, which the project's machines have.
const lighthouseVersion = "12.2.3"

// lighthouseRun is one Lighthouse performance audit.
type lighthouseRun struct {
	score float64 // 0–100
	tbtMs float64 // total blocking time
	lcpMs float64 // largest contentful paint, as Lighthouse simulates it
}

// runLighthouse audits url's performance (Lighthouse's default mobile
// emulation) in the bench's Chromium, fetching Lighthouse with npx. Chromium
// sometimes fails an audit with NO_NAVSTART; such a run is repeated.
func runLighthouse(ctx context.Context, url string) (lighthouseRun, error) {
	dir, err := os.MkdirTemp("", "qidian-bench-lighthouse-")
	if err != nil {
		return lighthouseRun{}, err
	}
	defer os.RemoveAll(dir)
	report := filepath.Join(dir, "report.json")
	var last error
	for range 3 {
		cmd := exec.CommandContext(ctx, "npx", "--yes", "lighthouse@"+lighthouseVersion, url,
			"--only-categories=performance", "--output=json", "--output-path="+report, "--quiet",
			"--chrome-flags=--headless=new --no-sandbox --disable-gpu")
		cmd.Env = append(os.Environ(), "CHROME_PATH="+chrome.Path())
		out, err := cmd.CombinedOutput()
		if err != nil {
			last = fmt.Errorf("lighthouse %s: %v: %s", url, err, tail(out))
			continue
		}
		r, retry, err := readLighthouse(report)
		if retry {
			last = err
			continue
		}
		return r, err
	}
	return lighthouseRun{}, last
}

// readLighthouse reads a report; retry says the audit failed in a way that
// a second run usually does not.
func readLighthouse(file string) (r lighthouseRun, retry bool, err error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return r, false, err
	}
	var rep struct {
		RuntimeError *struct{ Code, Message string } `json:"runtimeError"`
		Categories   struct {
			Performance struct{ Score *float64 } `json:"performance"`
		} `json:"categories"`
		Audits map[string]struct {
			NumericValue float64 `json:"numericValue"`
		} `json:"audits"`
	}
	if err := json.Unmarshal(b, &rep); err != nil {
		return r, false, fmt.Errorf("%s: %w", file, err)
	}
	if rep.RuntimeError != nil && rep.RuntimeError.Code != "" {
		return r, true, fmt.Errorf("lighthouse: %s: %s", rep.RuntimeError.Code, rep.RuntimeError.Message)
	}
	if rep.Categories.Performance.Score == nil {
		return r, true, errors.New("lighthouse: no performance score")
	}
	return lighthouseRun{score: 100 * *rep.Categories.Performance.Score,
		tbtMs: rep.Audits["total-blocking-time"].NumericValue,
		lcpMs: rep.Audits["largest-contentful-paint"].NumericValue}, false, nil
}

func tail(out []byte) string {
	s := strings.TrimSpace(string(out))
	if len(s) > 300 {
		s = "…" + s[len(s)-300:]
	}
	return s
}

// lighthouseRows compare the calculator's scores with the stock page's,
// audited alternately in the same run.
func lighthouseRows(ours, stock []lighthouseRun) []row {
	med := func(rs []lighthouseRun, f func(lighthouseRun) float64) float64 {
		xs := make([]float64, len(rs))
		for i, r := range rs {
			xs[i] = f(r)
		}
		return median(xs)
	}
	score := func(r lighthouseRun) float64 { return r.score }
	tbt := func(r lighthouseRun) float64 { return r.tbtMs }
	lcp := func(r lighthouseRun) float64 { return r.lcpMs }
	scores := func(rs []lighthouseRun) string {
		var s []string
		for _, r := range rs {
			s = append(s, fmt.Sprintf("%.0f", r.score))
		}
		return strings.Join(s, ", ")
	}
	o, s := med(ours, score), med(stock, score)
	return []row{
		row{
			figure: fmt.Sprintf("Lighthouse %s performance (mobile emulation), median of %d: calculator, stock go-app page", lighthouseVersion, len(ours)),
			value: fmt.Sprintf("%.0f (%s; TBT %s, LCP %s), %.0f (%s; TBT %s, LCP %s)",
				o, scores(ours), millis(med(ours, tbt)), millis(med(ours, lcp)),
				s, scores(stock), millis(med(stock, tbt)), millis(med(stock, lcp))),
		}.withTarget("≥ the stock page's", o >= s),
	}
}
