package e2e

import (
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"testing"
)

// After a first visit the calculator works with no server at all: the
// service worker serves the page and app.wasm from its cache, and a shared
// link still opens and computes.
func TestWorksOfflineAfterTheFirstVisit(t *testing.T) {
	t.Parallel()
	srv, err := startServer() // its own server, to stop it
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.stop)
	cached := workerResources(t, srv.url)

	p := newPageOn(t, srv.url)
	p.openExample()
	p.waitText(total, "9,990.00 元")

	waitCached(p, cached)

	// Everything the page itself links to (icons, styles, scripts, the
	// manifest) must be there offline too, or its request fails.
	missing := eval[[]string](p, `Promise.all([...document.querySelectorAll('link[href], script[src]')]
		.map(e => new URL(e.href || e.src, location.href))
		.filter(u => u.origin === location.origin)
		.map(u => caches.match(u.pathname).then(hit => hit ? null : u.pathname)))
		.then(r => r.filter(Boolean))`)
	for _, m := range missing {
		t.Errorf("the page links to %s, which the service worker did not cache: it fails offline", m)
	}

	srv.stop()
	if _, err := http.Get(srv.url + "/"); err == nil {
		t.Fatal("the server still answers after stop")
	}

	p.reload()
	p.waitText(total, "9,990.00 元")
	p.fill(labelled(line(1), usersLabel), "6")
	p.waitText(total, "11,988.00 元")

	// A shared link, opened with no server.
	p.leave()
	p.open("/#v=1&t=1,6&l=chat-basic,add,3")
	p.waitText(amountOf(1), "4,795.20 元")
	p.waitText(total, "4,795.20 元")
	p.fill(labelled(line(1), usersLabel), "4")
	p.waitText(amountOf(1), "6,393.60 元") // 4 × 999 + 4 × 6 × 99.9 (R7)
	p.waitText(total, "6,393.60 元")
	p.screenshot("offline-shared-link")
}

// workerResources reads the files the service worker caches on install
// (go-app's resourcesToCache in /app-worker.js).
func workerResources(t *testing.T, base string) []string {
	t.Helper()
	resp, err := http.Get(base + "/app-worker.js")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`resourcesToCache = (\[.*?\]);`).FindSubmatch(body)
	if m == nil {
		t.Fatalf("no resourcesToCache in /app-worker.js:\n%s", body)
	}
	var urls []string
	if err := json.Unmarshal(m[1], &urls); err != nil {
		t.Fatalf("resourcesToCache: %v", err)
	}
	return urls
}
