//go:build !wasm

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pages are the app's page paths (main.go's routes). Every other path that
// is not a file is a 404: go-app alone would serve its page, or proxy
// /robots.txt from the Host header, for unknown paths.
var pages = []string{"/"}

// contentSecurityPolicy allows this origin's scripts, styles, images and
// WebAssembly and nothing else: no inline code, no framing.
const contentSecurityPolicy = "default-src 'none'; " +
	"script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; img-src 'self'; font-src 'self'; " +
	"connect-src 'self'; manifest-src 'self'; worker-src 'self'; " +
	"base-uri 'none'; form-action 'self'; object-src 'none'; " +
	"frame-ancestors 'none'"

// maxBodyBytes bounds request bodies: the site only answers GET and HEAD.
const maxBodyBytes = 1 << 10

// site is the whole web site: go-app's page and scripts plus the files of
// the web directory, all held in memory so the bytes served always match
// the version computed from them.
type site struct {
	version string
	app     *app.Handler
	files   map[string]*asset // by slash path inside the web directory
	routes  map[string]route  // by URL path
	pages   map[string]bool
	handler http.Handler

	// The prerendered page, rendered and compressed once a day per path:
	// it shows the day's date, and nothing else in it varies per request.
	pageMu  sync.Mutex
	pageDay string
	pageFor map[string]route
}

// route is a file at a URL, with how long browsers may keep it.
type route struct {
	*asset
	cacheControl string
}

const (
	// revalidate makes browsers ask (cheaply, by ETag) before reusing: for
	// the page, the service worker and anything whose URL has no version.
	revalidate = "no-cache"
	// immutable is for /v/VERSION/web/... URLs: a new build has new URLs.
	immutable = "public, max-age=31536000, immutable"
)

// newSite loads dir and builds the site; prefix is the URL path the site is
// hosted under ("" for the root), used by the static export.
func newSite(dir, prefix string) (*site, error) {
	files, err := loadWebDir(dir)
	if err != nil {
		return nil, err
	}
	wasm, ok := files["app.wasm"]
	if !ok {
		return nil, fmt.Errorf("%s/app.wasm is missing: run make build", dir)
	}
	h := newAppHandler(len(wasm.body))
	// The service worker caches these on install; one 404 and the app never
	// works offline.
	for _, p := range append([]string{h.Icon.Default, h.Icon.Large, h.Icon.Maskable, h.Icon.SVG}, h.Styles...) {
		if _, ok := files[strings.TrimPrefix(p, "/web/")]; !ok {
			return nil, fmt.Errorf("%s/%s is missing", dir, strings.TrimPrefix(p, "/web/"))
		}
	}
	version := siteVersion(files, h, prefix)
	h.Version = version
	h.Resources = assetResolver{prefix: prefix, version: version}

	s := &site{
		version: version,
		app:     h,
		files:   files,
		routes:  make(map[string]route),
		pages:   make(map[string]bool),
	}
	for _, p := range pages {
		s.pages[p] = true
	}
	for rel, a := range files {
		s.routes["/web/"+rel] = route{a, revalidate}
		s.routes["/v/"+version+"/web/"+rel] = route{a, immutable}
	}
	// go-app makes these from the handler's settings; they name no version
	// in their URL, and /app-worker.js must be revalidated for updates.
	for _, p := range []string{"/app.js", "/app-worker.js", "/wasm_exec.js", "/manifest.webmanifest", "/app.css"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
		if rec.Code != http.StatusOK {
			return nil, fmt.Errorf("go-app answered %d for %s", rec.Code, p)
		}
		body := rec.Body.Bytes()
		if p == "/app.js" {
			if body, err = registerWorkerAfterStart(body); err != nil {
				return nil, err
			}
		}
		s.routes[p] = route{newCompressedAsset(p, body), revalidate}
	}
	s.handler = secureHeaders(http.HandlerFunc(s.serve))
	return s, nil
}

// newAppHandler is the go-app configuration of the page and the PWA.
func newAppHandler(wasmSize int) *app.Handler {
	return &app.Handler{
		Name:            "腾讯企点客服价格计算器",
		ShortName:       "企点计价",
		Title:           "腾讯企点客服价格计算器",
		Description:     "按腾讯企点客服官方价目，计算在线客服、电话客服、智能机器人等产品的新购与增购费用。",
		LoadingLabel:    "计算器启动中 {progress}%，稍候即可编辑",
		Lang:            "zh-CN",
		ThemeColor:      "#0052D9",
		BackgroundColor: "#FFFFFF",
		Icon: app.Icon{
			Default:  "/web/icons/icon-192.png",
			Large:    "/web/icons/icon-512.png",
			Maskable: "/web/icons/icon-maskable.png",
			SVG:      "/web/icons/icon.svg",
		},
		Styles: []string{"/web/app.css", "/web/print.css"},
		// go-app precaches the PNG icons but not the SVG one the page links.
		CacheableResources:    []string{"/web/icons/icon.svg"},
		ServiceWorkerTemplate: serviceWorkerJS,
		// The loader shows progress of the uncompressed size, which is what
		// the browser counts even when the transfer is compressed.
		WasmContentLength: strconv.Itoa(wasmSize),
	}
}

// siteVersion hashes every served file and the page settings, so the
// service worker updates exactly when something changed, never on a mere
// restart (go-app's default is the start time).
func siteVersion(files map[string]*asset, h *app.Handler, prefix string) string {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	sum := sha256.New()
	for _, name := range names {
		fmt.Fprintf(sum, "%q %s\n", name, files[name].etag)
	}
	fmt.Fprintf(sum, "%q\n", []any{h.Name, h.ShortName, h.Title, h.Description,
		h.LoadingLabel, h.Lang, h.ThemeColor, h.BackgroundColor, h.Icon, h.Styles, prefix})
	return hex.EncodeToString(sum.Sum(nil))[:16]
}

// assetResolver puts the version into the URL of every /web/ file, which
// makes those URLs safe to cache for a year. go-app's /web/ URLs carry no
// version and its service worker fills its cache with plain fetches, which
// a long-lived HTTP cache would answer with the previous build's app.wasm.
type assetResolver struct{ prefix, version string }

func (r assetResolver) Resolve(location string) string {
	switch {
	case strings.HasPrefix(location, "https://"), strings.HasPrefix(location, "http://"):
		return location
	case location == "", location == "/":
		// With a trailing slash, GOAPP_ROOT_PREFIX strips to the "/" route.
		return r.prefix + "/"
	case location == "/web", location == "web":
		return r.prefix + "/v/" + r.version + "/web"
	case strings.HasPrefix(location, "/web/"), strings.HasPrefix(location, "web/"):
		return r.prefix + "/v/" + r.version + "/web/" +
			strings.TrimPrefix(strings.TrimPrefix(location, "/"), "web/")
	case strings.HasPrefix(location, "/"):
		return r.prefix + location
	default:
		return location
	}
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

// secureHeaders is the one place that sets security headers, on every
// response including errors.
func secureHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY") // for browsers without frame-ancestors
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()")
		next.ServeHTTP(w, r)
	})
}

// serve routes by exact path: nothing is cleaned, joined to a directory or
// listed, so "..", encoded slashes and directory names match nothing.
func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxBodyBytes)
	// RawPath is set only when the path was escaped needlessly, as in
	// %2e%2e or %2f: no URL this site makes looks like that.
	if r.URL.RawPath != "" {
		notFound(w)
		return
	}
	if s.pages[r.URL.Path] {
		s.servePage(w, r)
		return
	}
	if rt, ok := s.routes[r.URL.Path]; ok {
		serveAsset(w, r, rt)
		return
	}
	notFound(w)
}

func notFound(w http.ResponseWriter) {
	w.Header().Set("Cache-Control", revalidate)
	http.Error(w, "404 page not found", http.StatusNotFound)
}

// servePage sends go-app's prerendered page, rendered once a day and kept
// compressed, with our headers (go-app sends text/html without a charset).
func (s *site) servePage(w http.ResponseWriter, r *http.Request) {
	rt, err := s.renderedPage(r.URL.Path)
	if err != nil {
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	serveAsset(w, r, rt)
}

func (s *site) renderedPage(p string) (route, error) {
	day := time.Now().Format(time.DateOnly)
	s.pageMu.Lock()
	defer s.pageMu.Unlock()
	if s.pageDay != day {
		s.pageDay, s.pageFor = day, make(map[string]route)
	}
	if rt, ok := s.pageFor[p]; ok {
		return rt, nil
	}
	// A plain GET: the page must not vary with a visitor's headers.
	rec := httptest.NewRecorder()
	s.app.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
	if rec.Code != http.StatusOK {
		return route{}, fmt.Errorf("go-app answered %d for %s", rec.Code, p)
	}
	rt := route{newCompressedAsset("index.html", rec.Body.Bytes()), revalidate}
	s.pageFor[p] = rt
	return rt, nil
}
