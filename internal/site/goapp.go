package site

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
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
		Styles: []string{"/web/app.css"},
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
