package site

import (
	"net/http"
	"strings"
	"testing"
)

// The page learns whom it may talk to from the head: the allowed origins,
// and no tag at all when nobody may embed it (app/embed.go).
func TestEmbedOriginsMeta(t *testing.T) {
	dir := writeWebDir(t)
	closed, err := New(Config{WebDir: dir, Pages: testPages})
	if err != nil {
		t.Fatal(err)
	}
	open, err := New(Config{WebDir: dir, Pages: testPages, EmbedOrigins: []string{"https://a.example", "https://b.example:8443"}})
	if err != nil {
		t.Fatal(err)
	}
	if page := string(body(t, do(closed, http.MethodGet, "/"))); strings.Contains(page, "qidian-embed-origins") {
		t.Errorf("without origins the page names some")
	}
	want := `<meta name="qidian-embed-origins" content="https://a.example https://b.example:8443">`
	if page := string(body(t, do(open, http.MethodGet, "/"))); !strings.Contains(page, want) {
		t.Errorf("the page lacks %s", want)
	}
}
