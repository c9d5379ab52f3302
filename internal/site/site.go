// Package site is the calculator's web server as an http.Handler: go-app's
// page and scripts plus the files of the web directory, held in memory.
// One concern per file: routes and the page cache here, go-app's settings
// in goapp.go, files and encodings in assets.go, headers in headers.go,
// the app.js rewrite in loader.go, the service worker in worker.go and the
// static export in static.go.
package site

import (
	"maps"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// maxBodyBytes bounds request bodies: the site only answers GET and HEAD.
const maxBodyBytes = 1 << 10

// Config is what a site is made of.
type Config struct {
	// WebDir holds app.wasm, app.css and the icons, with the precompressed
	// copies cmd/precompress makes.
	WebDir string
	// Pages are the app's page paths, the ones main registers with
	// app.Route. Every other path that is not a file is a 404: go-app alone
	// would serve its page, or proxy /robots.txt from the Host header, for
	// unknown paths.
	Pages []string
	// Prefix is the URL path the site is hosted under ("" for the root);
	// only the static export can be hosted under one.
	Prefix string
	// EmbedOrigins may show the site in a frame (from ParseEmbedOrigins);
	// none means nobody may.
	EmbedOrigins []string
	// URL is where visitors find the site, e.g. https://calc.example.com/,
	// for the page's og:url and og:image; "" leaves them out.
	URL string
}

// Site is the whole web site: go-app's page and scripts plus the files of
// the web directory, all held in memory so the bytes served always match
// the version computed from them.
type Site struct {
	version string
	prefix  string
	// The page's og:url and og:image, or "" without a public URL.
	ogURL, ogImage string
	app            *app.Handler
	files          map[string]*asset // by slash path inside the web directory
	routes         map[string]route  // by URL path
	pages          []string
	headers        http.Header // sent with every response
	handler        http.Handler

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

// New loads the web directory and builds the site.
func New(c Config) (*Site, error) {
	publicURL, err := cleanURL(c.URL)
	if err != nil {
		return nil, err
	}
	files, err := loadWebDir(c.WebDir)
	if err != nil {
		return nil, err
	}
	h, err := appHandler(c, files, publicURL)
	if err != nil {
		return nil, err
	}
	generated, err := generatedRoutes(h, c.Prefix)
	if err != nil {
		return nil, err
	}
	s := &Site{
		version: h.Version,
		prefix:  c.Prefix,
		app:     h,
		files:   files,
		routes:  fileRoutes(files, h.Version),
		pages:   slices.Clone(c.Pages),
	}
	maps.Copy(s.routes, generated)
	s.ogURL, s.ogImage = openGraph(h, publicURL, c.Prefix)
	s.headers = securityHeaders(c.EmbedOrigins)
	s.handler = withHeaders(s.headers, uncachedErrors(http.HandlerFunc(s.serve)))
	return s, nil
}

// fileRoutes serve each file of the web directory at its plain URL,
// revalidated, and at its versioned one, kept for a year.
func fileRoutes(files map[string]*asset, version string) map[string]route {
	routes := make(map[string]route, 2*len(files))
	for rel, a := range files {
		routes["/web/"+rel] = route{a, revalidate}
		routes["/v/"+version+"/web/"+rel] = route{a, immutable}
	}
	return routes
}

// Version names this build of the site: a hash of its files and settings.
func (s *Site) Version() string { return s.version }

func (s *Site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

// serve routes by exact path: nothing is cleaned, joined to a directory or
// listed, so "..", encoded slashes and directory names match nothing.
func (s *Site) serve(w http.ResponseWriter, r *http.Request) {
	// A request framed by Transfer-Encoding may have carried a
	// Content-Length too (net/http drops it, so the two cannot be told
	// apart here): RFC 9112 section 6.1 has the connection closed after
	// the answer, against request smuggling. A GET needs no body anyway.
	if len(r.TransferEncoding) > 0 {
		w.Header().Set("Connection", "close")
	}
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
	if slices.Contains(s.pages, r.URL.Path) {
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
	http.Error(w, "404 page not found", http.StatusNotFound)
}

// servePage sends go-app's prerendered page, rendered once a day and kept
// compressed, with our headers (go-app sends text/html without a charset).
func (s *Site) servePage(w http.ResponseWriter, r *http.Request) {
	rt, err := s.renderedPage(r.URL.Path)
	if err != nil {
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	serveAsset(w, r, rt)
}

func (s *Site) renderedPage(p string) (route, error) {
	day := time.Now().Format(time.DateOnly)
	s.pageMu.Lock()
	defer s.pageMu.Unlock()
	if s.pageDay != day {
		s.pageDay, s.pageFor = day, make(map[string]route)
	}
	if rt, ok := s.pageFor[p]; ok {
		return rt, nil
	}
	page, err := generated(s.app, p)
	if err != nil {
		return route{}, err
	}
	page = fixHead(page, s.ogURL, s.ogImage)
	rt := route{newCompressedAsset("index.html", page), revalidate}
	s.pageFor[p] = rt
	return rt, nil
}
