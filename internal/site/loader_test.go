package site

import (
	"bytes"
	"net/http"
	"slices"
	"strings"
	"testing"
)

// app.js registers the service worker a moment after app.wasm has
// started, not before (loader.go).
func TestAppJSRegistersTheWorkerAfterTheAppStarts(t *testing.T) {
	s := newTestSite(t)
	js := string(body(t, do(s, http.MethodGet, "/app.js")))
	if n := strings.Count(js, "goappInitServiceWorker();"); n != 0 {
		t.Errorf("app.js calls goappInitServiceWorker() at once %d times; want only the delayed call", n)
	}
	calls := strings.Count(js, registerWorkerLater)
	run := strings.Index(js, "go.run(wasm.instance);")
	register := strings.Index(js, registerWorkerLater)
	if calls != 1 || run < 0 || register < run {
		t.Fatalf("app.js has %q %d times, first at %d, go.run at %d; want once, after go.run", registerWorkerLater, calls, register, run)
	}
	if _, err := registerWorkerAfterStart([]byte("goappInitWebAssembly();\n")); err == nil {
		t.Error("an app.js without the calls it moves was accepted")
	}
}

// app.js starts app.wasm once the browser has reported the server's page
// painted, waiting startPaintWait at most (loader.go).
func TestAppJSStartsTheAppAfterThePagePaint(t *testing.T) {
	s := newTestSite(t)
	js := string(body(t, do(s, http.MethodGet, "/app.js")))
	if n := strings.Count(js, startAfterPaint); n != 1 {
		t.Errorf("app.js has the paint snippet %d times, want once", n)
	}
	wait := strings.Index(js, string(waitThenStartApp))
	if wait < 0 || strings.Count(js, "go.run(") != 1 {
		t.Errorf("app.js does not wait for the page's paint right before its one go.run")
	}
	if define := strings.Index(js, "var qidianPagePainted"); define < 0 || define > wait {
		t.Errorf("app.js defines qidianPagePainted at %d, after its use at %d", define, wait)
	}
	for _, want := range []string{
		`.observe({ type: "largest-contentful-paint", buffered: true })`,
		`types.indexOf("largest-contentful-paint") < 0 || document.visibilityState !== "visible"`,
		`document.addEventListener("visibilitychange"`,
	} {
		if !strings.Contains(js, want) {
			t.Errorf("app.js lacks %s", want)
		}
	}
	if _, err := startAppAfterFirstPaint([]byte("goappInitWebAssembly();\n")); err == nil {
		t.Error("an app.js without go.run was accepted")
	}
}

// app.js hands instantiateStreaming the Response that fetch returned, not
// one rebuilt from a stream, which Chromium cannot cache compiled code for
// (loader.go).
func TestAppJSStreamsTheFetchedResponse(t *testing.T) {
	s := newTestSite(t)
	js := string(body(t, do(s, http.MethodGet, "/app.js")))
	if n := strings.Count(js, "function fetchWithProgress("); n != 1 {
		t.Fatalf("app.js defines fetchWithProgress %d times, want once", n)
	}
	if !strings.Contains(js, string(fetchKeepingResponse)) {
		t.Error("app.js does not use the loader's fetchWithProgress")
	}
	for _, rebuilt := range []string{"new Response(", "new ReadableStream("} {
		if strings.Contains(js, rebuilt) {
			t.Errorf("app.js still builds a response (%s)", rebuilt)
		}
	}
	if !strings.Contains(js, "instantiateStreaming(\n      fetchWithProgress(") {
		t.Error("app.js no longer compiles what fetchWithProgress returns")
	}
	if _, err := fetchWasmKeepingResponse([]byte("goappInitWebAssembly();\n")); err == nil {
		t.Error("an app.js without fetchWithProgress was accepted")
	}
}

// app.js marks the page with the visitor's language before anything else
// runs but the stand-in for blocked storage, which the language reads, and
// go-app's loading label follows it (loader.go).
func TestAppJSStartsInTheVisitorsLanguage(t *testing.T) {
	s := newTestSite(t)
	js := string(body(t, do(s, http.MethodGet, "/app.js")))
	if !strings.HasPrefix(js, blockedStorage+startLanguage) {
		t.Errorf("app.js does not begin with the storage and language snippets; it begins %q", js[:min(len(js), 120)])
	}
	for _, want := range []string{
		`localStorage.getItem("qidian.lang")`,
		`if (!tag) tag = browserTag();`,
		`root.classList.add(en ? "lang-en" : "lang-zh")`,
		`const goappLoadingLabel = qidianStartLang === "en" ? "Starting the calculator {progress}%, ready to edit in a moment" : "计算器启动中 {progress}%，稍候即可编辑";`,
	} {
		if !strings.Contains(js, want) {
			t.Errorf("app.js lacks %s", want)
		}
	}
	if n := strings.Count(js, "const goappLoadingLabel"); n != 1 {
		t.Errorf("app.js declares goappLoadingLabel %d times, want once", n)
	}
	if _, err := speakVisitorsLanguage([]byte("goappInitWebAssembly();\n")); err == nil {
		t.Error("an app.js without the loading label it rewrites was accepted")
	}
}

// rewriteAppJS makes each of its changes to go-app's own app.js once, and
// refuses an app.js without, or with twice, any place it changes: app.js
// is what a go-app upgrade changes first, and the server must not start
// with a loader that half works.
func TestRewriteAppJS(t *testing.T) {
	goappJS, err := generated(newAppHandler(1), "/app.js")
	if err != nil {
		t.Fatal(err)
	}
	out, err := rewriteAppJS(goappJS)
	if err != nil {
		t.Fatalf("go-app's own app.js: %v", err)
	}
	js := string(out)
	if !strings.HasPrefix(js, blockedStorage+startLanguage+startAfterPaint) {
		t.Errorf("app.js does not begin with the stand-in for blocked storage, the language, then the paint snippet; it begins %q", js[:min(len(js), 120)])
	}
	englishLabel := `const goappLoadingLabel = qidianStartLang === "en" ? "` + loadingLabelEN + `" : "`
	start := string(waitThenStartApp) + "\n    " + registerWorkerLater
	for _, want := range []string{blockedStorage, startLanguage, startAfterPaint, englishLabel, string(fetchKeepingResponse), start} {
		if n := strings.Count(js, want); n != 1 {
			t.Errorf("app.js has %q %d times, want once", want[:min(len(want), 60)], n)
		}
	}
	for _, gone := range []string{"goappInitServiceWorker();", string(goappFetchWithProgress), string(loadingLabelConst)} {
		if strings.Contains(js, gone) {
			t.Errorf("app.js still has go-app's %q", gone)
		}
	}

	for _, place := range [][]byte{registerWorkerCall, startApp, loadingLabelConst, goappFetchWithProgress} {
		if bytes.Count(goappJS, place) != 1 {
			t.Fatalf("go-app's app.js has %q %d times; the test expects once", place, bytes.Count(goappJS, place))
		}
		without := bytes.Replace(goappJS, place, nil, 1)
		if _, err := rewriteAppJS(without); err == nil {
			t.Errorf("an app.js without %q was accepted", place)
		}
		twice := bytes.Replace(goappJS, place, slices.Concat(place, []byte("\n"), place), 1)
		if _, err := rewriteAppJS(twice); err == nil {
			t.Errorf("an app.js with %q twice was accepted", place)
		}
	}
}

// app.js keeps the taps on the server's page's marked buttons until the
// app takes them, and says so in both languages (loader.go).
func TestAppJSKeepsTapsBeforeTheAppStarts(t *testing.T) {
	s := newTestSite(t)
	js := string(body(t, do(s, http.MethodGet, "/app.js")))
	snippet, _ := keepTapsBeforeStart(nil)
	if n := strings.Count(js, string(snippet)); n != 1 {
		t.Errorf("app.js has the kept-taps snippet %d times, want once", n)
	}
	if strings.Index(js, "var qidianTakeKeptTaps") > strings.Index(js, "go.run(") {
		t.Error("app.js defines qidianTakeKeptTaps after it runs the app")
	}
	for _, want := range []string{`"` + keptTapsNote["zh"] + `"`, `"` + keptTapsNote["en"] + `"`, `closest("button[data-kept-tap][id]")`, `document.addEventListener("click", keep, true)`} {
		if !strings.Contains(js, want) {
			t.Errorf("app.js lacks %s", want)
		}
	}
}
