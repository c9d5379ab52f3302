package site

import (
	"encoding/json"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

// TestOfflineResources checks that every file the service worker caches on
// install exists: one 404 fails the install and the app is not offline.
func TestOfflineResources(t *testing.T) {
	s := newTestSite(t)
	worker := string(body(t, do(s, http.MethodGet, "/app-worker.js")))
	for _, u := range resourcesToCache(t, worker) {
		if strings.Contains(u, "://") {
			t.Errorf("service worker caches a remote URL %s: offline install would fail", u)
			continue
		}
		if res := do(s, http.MethodGet, u); res.StatusCode != http.StatusOK {
			t.Errorf("service worker caches %s: status %d", u, res.StatusCode)
		}
	}
	// Everything the page links is precached, and installing waits for it,
	// or the first offline visit can miss a file.
	cached := map[string]bool{}
	for _, u := range resourcesToCache(t, worker) {
		cached[u] = true
	}
	page := string(body(t, do(s, http.MethodGet, "/")))
	for _, m := range regexp.MustCompile(`(?:href|src)="(/[^"]*)"`).FindAllStringSubmatch(page, -1) {
		if !cached[m[1]] {
			t.Errorf("the page links %s, which the service worker does not cache", m[1])
		}
	}
	if !regexp.MustCompile(`addEventListener\("install", \(event\) => \{\s*event\.waitUntil\(`).MatchString(worker) {
		t.Error("the service worker's install does not wait for its cache")
	}
	var manifest struct {
		Icons []struct{ Src, Type, Sizes string }
	}
	if err := json.Unmarshal(body(t, do(s, http.MethodGet, "/manifest.webmanifest")), &manifest); err != nil {
		t.Fatal(err)
	}
	if len(manifest.Icons) < 3 {
		t.Errorf("manifest has %d icons", len(manifest.Icons))
	}
	for _, icon := range manifest.Icons {
		if res := do(s, http.MethodGet, icon.Src); res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != icon.Type {
			t.Errorf("manifest icon %s: status %d type %q, want 200 %q", icon.Src, res.StatusCode, res.Header.Get("Content-Type"), icon.Type)
		}
	}
}

func resourcesToCache(t *testing.T, worker string) []string {
	t.Helper()
	m := regexp.MustCompile(`const resourcesToCache = (\[.*\]);`).FindStringSubmatch(worker)
	if m == nil {
		t.Fatalf("no resourcesToCache in:\n%s", worker)
	}
	var urls []string
	if err := json.Unmarshal([]byte(m[1]), &urls); err != nil {
		t.Fatal(err)
	}
	return urls
}

// An embedding page opens the calculator as /?embed=1: the worker must
// answer that navigation from the page it cached as /, or the embedded
// calculator does not open offline. (e2e checks it in a browser.)
func TestWorkerIgnoresANavigationsQuery(t *testing.T) {
	s := newTestSite(t)
	worker := string(body(t, do(s, http.MethodGet, "/app-worker.js")))
	if !regexp.MustCompile(`ignoreSearch: event\.request\.mode === "navigate"`).MatchString(worker) ||
		!strings.Contains(worker, "caches.match(event.request, options)") {
		t.Errorf("the worker matches navigations with their query:\n%s", worker)
	}
	if res := do(s, http.MethodGet, "/?embed=1"); res.StatusCode != http.StatusOK || !strings.Contains(string(body(t, res)), "test page") {
		t.Errorf("/?embed=1: status %d, want the page", res.StatusCode)
	}
}
