package site

import (
	"net/http"
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
	for _, want := range []string{"event.origin !== calculator", `postMessage({ type: "qidian-calculator:open", link }, calculator)`} {
		if !strings.Contains(js, want) {
			t.Errorf("host.js lacks %s", want)
		}
	}
	if res := do(h, http.MethodGet, "/app.wasm"); res.StatusCode != http.StatusNotFound {
		t.Errorf("/app.wasm on the demo: %d, want 404", res.StatusCode)
	}
}
