package site

import (
	"net/http"
	"strings"
	"testing"
)

// app.js registers the service worker once app.wasm has started, not
// before (loader.go).
func TestAppJSRegistersTheWorkerAfterTheAppStarts(t *testing.T) {
	s := newTestSite(t)
	js := string(body(t, do(s, http.MethodGet, "/app.js")))
	calls := strings.Count(js, "goappInitServiceWorker();")
	run := strings.Index(js, "go.run(wasm.instance);")
	register := strings.Index(js, "goappInitServiceWorker();")
	if calls != 1 || run < 0 || register < run {
		t.Fatalf("app.js calls goappInitServiceWorker() %d times, first at %d, go.run at %d; want once, after go.run", calls, register, run)
	}
	if _, err := registerWorkerAfterStart([]byte("goappInitWebAssembly();\n")); err == nil {
		t.Error("an app.js without the calls it moves was accepted")
	}
}
