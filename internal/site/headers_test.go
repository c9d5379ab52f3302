package site

import (
	"net/http"
	"regexp"
	"strings"
	"testing"
)

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	s := newTestSite(t)
	want := map[string]string{
		"Content-Security-Policy": contentSecurityPolicy + "'none'",
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "no-referrer",
		"X-Frame-Options":         "DENY",
	}
	for _, target := range []string{
		"/",
		"/app.js",
		"/web/app.wasm",
		"/v/" + s.version + "/web/app.wasm",
		"/web/icons/icon-192.png",
		"/no/such/page",
	} {
		for _, method := range []string{http.MethodGet, http.MethodHead, http.MethodPost} {
			res := do(s, method, target)
			for k, v := range want {
				if got := res.Header.Get(k); got != v {
					t.Errorf("%s %s: %s = %q, want %q", method, target, k, got, v)
				}
			}
		}
	}
}

func TestContentSecurityPolicy(t *testing.T) {
	for _, want := range []string{"script-src 'self' 'wasm-unsafe-eval';", "default-src 'none'"} {
		if !strings.Contains(contentSecurityPolicy, want) {
			t.Errorf("CSP lacks %q", want)
		}
	}
	if strings.Contains(contentSecurityPolicy, "unsafe-inline") || strings.Contains(contentSecurityPolicy, "'unsafe-eval'") {
		t.Errorf("CSP allows inline code or eval: %s", contentSecurityPolicy)
	}
}

// TestPageHasNoInlineCode checks what the CSP would block: the page must
// load every script and style from a file.
func TestPageHasNoInlineCode(t *testing.T) {
	s := newTestSite(t)
	page := string(body(t, do(s, http.MethodGet, "/")))
	for _, bad := range []*regexp.Regexp{
		regexp.MustCompile(`<script(?:\s[^>]*)?>[^<]`),
		regexp.MustCompile(`<style`),
		regexp.MustCompile(`\sstyle=`),
		regexp.MustCompile(`\son[a-z]+=`),
	} {
		if m := bad.FindString(page); m != "" {
			t.Errorf("page has inline code %q:\n%s", m, page)
		}
	}
}
