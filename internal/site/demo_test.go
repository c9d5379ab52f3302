package site

import (
	"net/http"
	"regexp"
	"strings"
	"testing"
)

// The example host page frames the calculator in embed mode, may frame
// nothing else, and checks where messages come from.
func TestDemoHostPage(t *testing.T) {
	h, err := DemoHandler("http://127.0.0.1:8080/")
	if err != nil {
		t.Fatal(err)
	}
	res := do(h, http.MethodGet, "/")
	page := string(body(t, res))
	if res.StatusCode != http.StatusOK || !strings.Contains(page, `src="http://127.0.0.1:8080/#embed=1"`) {
		t.Errorf("status %d, page:\n%s", res.StatusCode, page)
	}
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-src http://127.0.0.1:8080;") || strings.Contains(csp, "unsafe") {
		t.Errorf("CSP %q", csp)
	}
	js := string(body(t, do(h, http.MethodGet, "/host.js")))
	for _, want := range []string{"event.origin !== calculator", `postMessage({ type: "qidian-calculator:open", link }, calculator)`,
		`getElementById("total").textContent = m.totalText`} {
		if !strings.Contains(js, want) {
			t.Errorf("host.js lacks %s", want)
		}
	}
	// The total the calculator tells stays in view above the frame.
	if !regexp.MustCompile(`(?s)<p id="calc-total"[^>]*>.*<output id="total">.*<iframe id="calc"`).MatchString(page) {
		t.Errorf("the page has no total before its frame:\n%s", page)
	}
	css := string(body(t, do(h, http.MethodGet, "/host.css")))
	if !regexp.MustCompile(`\.calc-total \{[^}]*position: sticky; top: 0;`).MatchString(css) {
		t.Errorf("host.css does not keep the total's bar at the top:\n%s", css)
	}
	if res := do(h, http.MethodGet, "/app.wasm"); res.StatusCode != http.StatusNotFound {
		t.Errorf("/app.wasm on the demo: %d, want 404", res.StatusCode)
	}
}
