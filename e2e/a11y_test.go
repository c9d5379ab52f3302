package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
)

// Accessibility: axe-core (pinned in e2e/package.json, installed with
// `npm ci --prefix e2e`) audits the page in its main states; no violation
// of impact serious or critical is allowed.

var axeSource = sync.OnceValues(func() (string, error) {
	b, err := os.ReadFile(filepath.Join(repoRoot, "e2e/node_modules/axe-core/axe.min.js"))
	if err != nil {
		return "", fmt.Errorf("axe-core is missing (%v): run npm ci --prefix e2e", err)
	}
	return string(b), nil
})

type axeResult struct {
	Passed     int            `json:"passed"`
	Violations []axeViolation `json:"violations"`
}

type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target  string `json:"target"`
		HTML    string `json:"html"`
		Summary string `json:"summary"`
	} `json:"nodes"`
}

// audit runs axe on the page as it is and fails on serious or critical
// violations, naming rule, element and why.
func (p *page) audit(state string) {
	p.t.Helper()
	src, err := axeSource()
	if err != nil {
		p.t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
	defer cancel()
	// Runtime.evaluate is not bound by the page's Content-Security-Policy,
	// which allows no inline or injected scripts.
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`if (!window.axe) {`+src+`}`)); err != nil {
		p.t.Fatalf("inject axe-core: %v", err)
	}
	res, err := chromedp.Run(ctx, chromedp.Evaluate[axeResult](`axe.run(document).then(r => ({
		passed: r.passes.length,
		violations: r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,
			nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html, summary: n.failureSummary || ''}))}))}))`,
		chromedp.EvalAwaitPromise))
	if err != nil {
		p.t.Fatalf("run axe-core: %v", err)
	}
	if res.Passed == 0 { // axe checked nothing: the audit itself is broken
		p.t.Fatalf("%s: axe-core passed no rule at all", state)
	}
	p.t.Logf("%s: axe-core: %d rules passed, %d violated", state, res.Passed, len(res.Violations))
	for _, v := range res.Violations {
		if v.Impact != "serious" && v.Impact != "critical" {
			p.t.Logf("%s: axe %s (%s): %s, %d elements", state, v.ID, v.Impact, v.Help, len(v.Nodes))
			continue
		}
		var where []string
		for _, n := range v.Nodes {
			where = append(where, fmt.Sprintf("\n\t%s\n\t  %s\n\t  %s", n.Target, n.HTML, strings.ReplaceAll(n.Summary, "\n", "\n\t  ")))
		}
		p.t.Errorf("%s: axe %s (%s): %s%s", state, v.ID, v.Impact, v.Help, strings.Join(where, ""))
	}
}

func TestAccessibility(t *testing.T) {
	t.Parallel()
	if _, err := axeSource(); err != nil {
		t.Fatal(err)
	}
	p := newPage(t)
	p.openExample()
	p.waitText(total, "9,990.00 元")
	p.audit("default")

	// Errors: below the minimum, a second 专业版 set (R4), a knowledge cloud
	// without its industry, a bad number of sessions.
	p.fill(labelled(line(1), usersLabel), "2")
	p.waitFieldError(labelled(line(1), usersLabel), "新购最低 3个用户起售。")
	p.chooseItem(1, "在线客服 专业版")
	n := p.addLine()
	p.chooseItem(n, "在线客服 专业版")
	p.waitShown(errorOf(labelled(line(n), itemSelect)))
	n = p.addLine()
	p.chooseItem(n, "行业知识云")
	p.waitShown(errorOf(labelled(line(n), "行业")))
	advisor := region("充值包推荐")
	p.fill(labelled(advisor, "预计会话数（条）"), "abc")
	p.waitShown(errorOf(labelled(advisor, "预计会话数（条）")))
	p.waitShown(css(summary, "#total-incomplete"))
	p.audit("with errors")
	p.screenshot("a11y-errors")

	// Additions: the remaining term is shown, by years and months, then by dates.
	p.click(button(document, "新建估算"))
	p.waitText(total, "—")
	p.audit("empty estimate")
	p.addLine()
	n = p.addLine()
	p.setMode(n, modeAdd)
	p.setTerm("1", "10")
	p.waitShown(css(line(n), ".line-working .note"))
	p.fill(labelled(advisor, "预计会话数（条）"), "1000000")
	p.waitShown(css(advisor, "#advisor-result"))
	p.audit("additions, term by years and months")
	p.clickLabel(termSection, "按日期")
	p.typeDate(labelled(termSection, expiryLabel), "2028-05-27")
	p.typeDate(labelled(termSection, fromLabel), "2026-11-27")
	p.waitText(css(termSection, "#term-result"), "剩余有效期：1年6个月")
	p.audit("additions, term by dates")

	p.chooseLanguage("English")
	p.waitText(el(`document.querySelector('h1')`), "Tencent Qidian Customer Service price calculator")
	p.audit("English")

	p.leave()
	p.open("/#v=1&l=chat-basic,new,5,2&zz=1")
	p.waitShown(el(`document.querySelector('.notice')`))
	p.audit("notice about a damaged link")
}

// Before app.wasm runs, a visitor sees the server's prerendered page; go-app
// skips the WebAssembly with ?wasm=false, leaving exactly that page.
func TestAccessibilityOfThePrerenderedPage(t *testing.T) {
	t.Parallel()
	if _, err := axeSource(); err != nil {
		t.Fatal(err)
	}
	p := newPage(t)
	p.step("open the prerendered page", chromedp.Navigate(p.base+"/?wasm=false"))
	p.waitText(total, "—")
	// The chosen language must be announced before app.wasm runs too.
	if !eval[bool](p, `langChosen("简体中文") && !langChosen("English")`) {
		t.Errorf("the prerendered language switch does not show 简体中文 as chosen: %s",
			eval[string](p, `[...document.querySelectorAll('.lang-switch *')].map(e => e.outerHTML).join(' ')`))
	}
	p.audit("prerendered")
}
