package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

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
		// print.css is not among Styles: go-app links those for every
		// medium, and the page's scripts wait for them (startHints).
		Styles: []string{"/web/app.css"},
		// go-app precaches the PNG icons but not the SVG one the page
		// links, nor the print stylesheet startHints links.
		CacheableResources:    []string{"/web/icons/icon.svg", printStyle},
		ServiceWorkerTemplate: serviceWorkerJS,
		// The loader shows progress of the uncompressed size, which is what
		// the browser counts even when the transfer is compressed.
		WasmContentLength: strconv.Itoa(wasmSize),
	}
}

const (
	printStyle = "/web/print.css"
	wasmFile   = "/web/app.wasm"
)

// appHandler is newAppHandler's configuration for this site's files and
// Config: the origins that may embed the page, the version, the versioned
// URLs and the start hints. It fails when a file the page or its service
// worker needs is missing from the web directory.
func appHandler(c Config, files map[string]*asset, publicURL string) (*app.Handler, error) {
	wasm, ok := files["app.wasm"]
	if !ok {
		return nil, fmt.Errorf("%s/app.wasm is missing: run make build", c.WebDir)
	}
	h := newAppHandler(len(wasm.body))
	if len(c.EmbedOrigins) > 0 {
		// The page posts to its parent only if it finds the parent's origin here (app/embed.go).
		h.RawHeaders = append(h.RawHeaders, `<meta name="qidian-embed-origins" content="`+html.EscapeString(strings.Join(c.EmbedOrigins, " "))+`">`)
	}
	// The service worker caches these on install; one 404 and the app never
	// works offline.
	for _, p := range append([]string{h.Icon.Default, h.Icon.Large, h.Icon.Maskable, h.Icon.SVG, printStyle}, h.Styles...) {
		if _, ok := files[strings.TrimPrefix(p, "/web/")]; !ok {
			return nil, fmt.Errorf("%s/%s is missing", c.WebDir, strings.TrimPrefix(p, "/web/"))
		}
	}
	h.Version = siteVersion(files, h, c.Prefix, publicURL, c.EmbedOrigins)
	h.Resources = assetResolver{prefix: c.Prefix, version: h.Version}
	h.RawHeaders = append(h.RawHeaders, startHints(h.Resources)...)
	return h, nil
}

// startHints are head tags that let the page start sooner. The browser
// fetches app.wasm as it reads the head, where app.js, a deferred script
// that runs after the page is parsed and its stylesheets are loaded, would
// ask for it later; fetch() in app.js then takes this response (the same
// URL, and crossorigin for fetch()'s credentials mode). The print
// stylesheet has media="print": a stylesheet for another medium does not
// hold back scripts.
func startHints(r app.ResourceResolver) []string {
	return []string{
		`<link rel="preload" href="` + html.EscapeString(r.Resolve(wasmFile)) + `" as="fetch" type="application/wasm" crossorigin>`,
		`<link rel="stylesheet" href="` + html.EscapeString(r.Resolve(printStyle)) + `" media="print">`,
	}
}

// siteVersion hashes every served file and the page settings, so the
// service worker updates exactly when something changed, never on a mere
// restart (go-app's default is the start time). The origins allowed to
// embed it count too: the worker keeps the page's headers with the page.
func siteVersion(files map[string]*asset, h *app.Handler, prefix, publicURL string, embedOrigins []string) string {
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
		h.LoadingLabel, h.Lang, h.ThemeColor, h.BackgroundColor, h.Icon, h.Styles, prefix, publicURL, embedOrigins})
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

// generatedFiles are the files go-app makes from the handler's settings;
// they name no version in their URL, so they are revalidated, and
// /app-worker.js must be for updates to arrive.
var generatedFiles = []string{"/app.js", "/app-worker.js", "/wasm_exec.js", "/manifest.webmanifest", "/app.css"}

// generatedRoutes serve the generatedFiles as go-app makes them from h,
// but for app.js, rewritten (loader.go), and the manifest, scoped under
// prefix.
func generatedRoutes(h *app.Handler, prefix string) (map[string]route, error) {
	routes := make(map[string]route, len(generatedFiles))
	for _, p := range generatedFiles {
		body, err := generated(h, p)
		if err != nil {
			return nil, err
		}
		switch p {
		case "/app.js":
			body, err = rewriteAppJS(body)
		case "/manifest.webmanifest":
			body, err = scopeManifest(body, prefix)
		}
		if err != nil {
			return nil, err
		}
		routes[p] = route{newCompressedAsset(p, body), revalidate}
	}
	return routes, nil
}

// scopeManifest puts the manifest's scope under the prefix: go-app always
// writes "/", which a browser rejects for a site hosted at /calc/.
func scopeManifest(manifest []byte, prefix string) ([]byte, error) {
	var m map[string]any
	if err := json.Unmarshal(manifest, &m); err != nil {
		return nil, fmt.Errorf("go-app's manifest: %w", err)
	}
	m["scope"] = prefix + "/"
	m["start_url"] = prefix + "/"
	return json.Marshal(m)
}

// cleanURL accepts "" or an absolute http(s) URL with a host and nothing
// after its path; it returns it with a trailing slash.
func cleanURL(raw string) (string, error) {
	if raw == "" {
		return "", nil
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" ||
		u.User != nil || u.RawQuery != "" || u.Fragment != "" || strings.HasSuffix(raw, "?") || strings.HasSuffix(raw, "#") {
		return "", fmt.Errorf("bad -url %q: want the site's address, like https://calc.example.com/", raw)
	}
	return strings.TrimSuffix(u.String(), "/") + "/", nil
}

// openGraph is the page's og:url and og:image for fixHead: the public URL
// and the large icon's versioned URL under it, or none without one.
func openGraph(h *app.Handler, publicURL, prefix string) (ogURL, ogImage string) {
	if publicURL == "" {
		return "", ""
	}
	return publicURL, publicURL + strings.TrimPrefix(h.Resources.Resolve(h.Icon.Large), prefix+"/")
}

// metaAttr is one attribute of a head tag as go-app writes them, in any
// order (it ranges over a map).
var metaAttr = regexp.MustCompile(`\s([a-z:-]+)(?:="([^"]*)")?`)

// fixHead drops the tags go-app always writes and this site cannot fill
// from its settings (go-app builds og:url and og:image from a domain that
// cannot say http or a path): an empty author, and og:url and og:image of
// a bare "https://". With the site's public URL it writes ogURL and
// ogImage in their place.
func fixHead(page []byte, ogURL, ogImage string) []byte {
	var out []byte
	for _, line := range bytes.SplitAfter(page, []byte("\n")) {
		tag := bytes.TrimSpace(line)
		if !bytes.HasPrefix(tag, []byte("<meta ")) {
			out = append(out, line...)
			continue
		}
		attrs := map[string]string{}
		for _, m := range metaAttr.FindAllSubmatch(tag, -1) {
			attrs[string(m[1])] = string(m[2])
		}
		content := attrs["content"]
		property := attrs["property"]
		switch {
		case attrs["name"] == "author" && content == "":
		case (property == "og:url" || property == "og:image") && (content == "" || content == "https://"):
			if property == "og:image" {
				content = ogImage
			} else {
				content = ogURL
			}
			if content != "" {
				indent := line[:len(line)-len(bytes.TrimLeft(line, " \t"))]
				out = fmt.Appendf(out, "%s<meta property=%q content=\"%s\">\n", indent, property, html.EscapeString(content))
			}
		default:
			out = append(out, line...)
		}
	}
	return out
}
