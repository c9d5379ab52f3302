package site

import (
	"bytes"
	"fmt"
	"slices"
)

// appJSRewrites are the changes made to go-app's app.js, in this order;
// each is described where it is defined below. go-app is pinned (go.mod),
// and app.js is the first thing an upgrade changes: each rewrite fails on
// an app.js it was not written for, so the server refuses to start rather
// than serve a loader that half works.
var appJSRewrites = []func(appJS []byte) ([]byte, error){
	registerWorkerAfterStart,
	keepTapsBeforeStart,
	startAppAfterFirstPaint,
	speakVisitorsLanguage,
	fetchWasmKeepingResponse,
	standInForBlockedStorage,
}

// rewriteAppJS turns go-app's app.js into the one this site serves.
func rewriteAppJS(appJS []byte) ([]byte, error) {
	for _, rewrite := range appJSRewrites {
		var err error
		if appJS, err = rewrite(appJS); err != nil {
			return nil, err
		}
	}
	return appJS, nil
}

// go-app's app.js registers the service worker first thing, so on a first
// visit the worker's install (fetching and storing every file, app.wasm's
// 8 MB among them) and on later visits its update check run while app.wasm
// is read, compiled and started. The page's start waits for none of them.
// Registering a moment after the app has started makes the page
// interactive sooner, and keeps the install off the visitor's first
// keystrokes; docs/performance-log.md has the measurements ("The worker
// registers a moment after start", and its History).
var (
	registerWorkerCall  = []byte("goappInitServiceWorker();\ngoappWatchForUpdate();")
	registerWorkerEarly = []byte("goappWatchForUpdate();")
	startApp            = []byte("go.run(wasm.instance);")
	startAppThenWorker  = []byte("go.run(wasm.instance);\n    " + registerWorkerLater)
	registerWorkerLater = "if (!qidianSiteDataBlocked) setTimeout(goappInitServiceWorker, 3000);"
)

// registerWorkerAfterStart moves go-app's service worker registration from
// the top of app.js to a moment after app.wasm's first run; where the
// browser blocks site data, it refuses workers too, and none is asked for
// (standInForBlockedStorage). An app.js that
// differs fails here, loudly, rather than serving one that never registers
// the worker.
func registerWorkerAfterStart(appJS []byte) ([]byte, error) {
	if bytes.Count(appJS, registerWorkerCall) != 1 || bytes.Count(appJS, startApp) != 1 {
		return nil, fmt.Errorf("go-app's app.js is not the one this server was written for: " +
			"it should call goappInitServiceWorker() once before goappWatchForUpdate() and go.run(wasm.instance) once")
	}
	js := bytes.Replace(appJS, registerWorkerCall, registerWorkerEarly, 1)
	return bytes.Replace(js, startApp, startAppThenWorker, 1), nil
}

// go-app replaces the server's page when app.wasm starts (it does not
// hydrate). Chromium notes a text's paint for largest contentful paint
// only when the frame that drew it is presented, and forgets a text
// removed before that. When app.wasm was ready first, the page's largest
// paint became the app's copy of the same paragraph, drawn after app.wasm
// ran; Lighthouse then simulated it after the whole download. The app
// starts once the browser has reported the page's largest paint, at once
// where it reports none (a hidden page, a browser without the entry type),
// and after startPaintWait at most: a page that is never drawn, as a
// cross-origin frame out of view, still starts.
const (
	startAfterPaint = `// The server's page is painted before the app replaces it (internal/site/loader.go).
var qidianPagePainted = (function () {
  var painted, done = new Promise(function (resolve) { painted = resolve; });
  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (types.indexOf("largest-contentful-paint") < 0 || document.visibilityState !== "visible") {
    painted();
  } else {
    new PerformanceObserver(function (_, observer) { observer.disconnect(); painted(); })
      .observe({ type: "largest-contentful-paint", buffered: true });
    document.addEventListener("visibilitychange", function () { painted(); });
  }
  return function (ms) {
    return Promise.race([done, new Promise(function (resolve) { setTimeout(resolve, ms); })]);
  };
})();
`
	startPaintWait = 500 // ms
)

var waitThenStartApp = fmt.Appendf(nil, "await qidianPagePainted(%d);\n    %s", startPaintWait, startApp)

// startAppAfterFirstPaint makes app.js wait for the page's largest paint
// before go.run. It fails on an app.js it was not written for.
func startAppAfterFirstPaint(appJS []byte) ([]byte, error) {
	if bytes.Count(appJS, startApp) != 1 {
		return nil, fmt.Errorf("go-app's app.js is not the one this server was written for: " +
			"it should call go.run(wasm.instance) once")
	}
	js := bytes.Replace(appJS, startApp, waitThenStartApp, 1)
	return append([]byte(startAfterPaint), js...), nil
}

// go-app's fetchWithProgress hands instantiateStreaming a Response it builds
// from a stream, so that it can count bytes. Such a Response has no URL and
// no cache behind it, and Chromium caches V8's compiled code only beside a
// response it fetched (from the HTTP cache or the service worker's
// CacheStorage): a returning visitor compiled app.wasm again every time.
// Ours hands over the fetched Response itself and counts a copy's bytes.
var (
	goappFetchWithProgress = []byte("async function fetchWithProgress(url, progess) {")
	fetchKeepingResponse   = []byte(`async function fetchWithProgress(url, progress) {
  const response = await fetch(url);
  const total = parseInt(goappWasmContentLength, 10);
  if (response.ok && response.body && total > 0) {
    const reader = response.clone().body.getReader();
    (async () => {
      for (let loaded = 0; ;) {
        const { done, value } = await reader.read();
        if (done) return;
        loaded += value.byteLength;
        progress(Math.min(100, Math.round((loaded * 100) / total)));
      }
    })().catch(() => {});
  }
  return response;
}
`)
)

// fetchWasmKeepingResponse replaces go-app's fetchWithProgress, from its
// first line to the first line after it that closes a top-level block.
func fetchWasmKeepingResponse(appJS []byte) ([]byte, error) {
	start := bytes.Index(appJS, goappFetchWithProgress)
	n := bytes.Index(appJS[max(start, 0):], []byte("\n}\n"))
	if bytes.Count(appJS, goappFetchWithProgress) != 1 || n < 0 {
		return nil, fmt.Errorf("go-app's app.js is not the one this server was written for: " +
			"it should define fetchWithProgress(url, progess) once")
	}
	end := start + n + len("\n}\n")
	return slices.Concat(appJS[:start], fetchKeepingResponse, appJS[end:]), nil
}

// startLanguage is put first in app.js, which the page's CSP allows where
// it allows no inline script. Before app.wasm runs, the prerendered page
// cannot know the visitor's language; this marks <html> with it (lang and
// a lang-en or lang-zh class) so text given in both languages shows only
// theirs (web/app.css), and go-app's loading label follows. It chooses as
// the app does: an embedding page's lang (app/embed.go), else the language
// the visitor last chose (app/persist.go's langKey, JSON as go-app stores
// it), else a share link's lang=, else the browser's languages as
// app/lang_browser.go's preferredLang reads them; "en…" is English,
// anything else Chinese.
const startLanguage = `// The visitor's language while app.wasm starts (internal/site/loader.go).
var qidianStartLang = (function () {
  function params(s) {
    var out = {};
    s.replace(/^[#?]/, "").split("&").forEach(function (p) {
      var i = p.indexOf("="), k = i < 0 ? p : p.slice(0, i), v = i < 0 ? "" : p.slice(i + 1);
      try { v = decodeURIComponent(v.replace(/\+/g, " ")); } catch (e) { v = ""; }
      if (v !== "") out[k] = v;
    });
    return out;
  }
  function browserTag() {
    var tags = (navigator.languages && navigator.languages.length) ? navigator.languages : [navigator.language || ""];
    for (var i = 0; i < tags.length; i++) {
      if (/^zh/i.test(tags[i])) return "zh";
      if (/^en/i.test(tags[i])) return "en";
    }
    return tags[0] ? "en" : "zh";
  }
  var query = params(location.search), frag = params(location.hash), tag = "";
  if (query.embed === "1" || frag.embed === "1") tag = frag.lang || query.lang || "";
  if (!tag) {
    try {
      var kept = JSON.parse(localStorage.getItem("qidian.lang") || "null");
      if (typeof kept === "string") tag = kept;
    } catch (e) {}
  }
  if (!tag) tag = frag.lang || "";
  if (!tag) tag = browserTag();
  var en = /^(en|EN)/.test(tag), root = document.documentElement;
  root.lang = en ? "en" : "zh-CN";
  root.classList.add(en ? "lang-en" : "lang-zh");
  return en ? "en" : "zh";
})();
`

// loadingLabelEN is go-app's loading label for an English visitor; the
// Chinese one is the handler's LoadingLabel (goapp.go).
const loadingLabelEN = "Starting the calculator {progress}%, ready to edit in a moment"

var loadingLabelConst = []byte(`const goappLoadingLabel = "`)

// speakVisitorsLanguage puts startLanguage before go-app's app.js and makes
// its loading label English for an English visitor. Like the rewrite
// above, it fails on an app.js it was not written for.
func speakVisitorsLanguage(appJS []byte) ([]byte, error) {
	if bytes.Count(appJS, loadingLabelConst) != 1 {
		return nil, fmt.Errorf("go-app's app.js is not the one this server was written for: " +
			`it should declare const goappLoadingLabel = "…" once`)
	}
	english := fmt.Appendf(nil, `const goappLoadingLabel = qidianStartLang === "en" ? %q : "`, loadingLabelEN)
	js := bytes.Replace(appJS, loadingLabelConst, english, 1)
	return append([]byte(startLanguage), js...), nil
}

// Where the browser keeps no site data for the page (cookies blocked),
// reading localStorage or sessionStorage throws, and go-app reads
// localStorage as it starts (its persisted states): the program would end
// there. standInForBlockedStorage puts first in app.js a script that stands
// in for each such storage with one in memory, marked so that the page
// knows it keeps nothing (internal/webstorage) and says so.
const blockedStorage = `// Storage the browser blocks, stood in for (internal/site/loader.go).
var qidianSiteDataBlocked = (function () {
  var blocked = false;
  ["localStorage", "sessionStorage"].forEach(function (name) {
    try { window[name].length; return; } catch (e) {}
    blocked = true;
    var items = Object.create(null);
    var area = {
      qidianMemory: true,
      getItem: function (k) { k = String(k); return k in items ? items[k] : null; },
      setItem: function (k, v) { items[String(k)] = String(v); },
      removeItem: function (k) { delete items[String(k)]; },
      clear: function () { items = Object.create(null); },
      key: function (i) { var keys = Object.keys(items); return i >= 0 && i < keys.length ? keys[i] : null; }
    };
    Object.defineProperty(area, "length", { get: function () { return Object.keys(items).length; } });
    try { Object.defineProperty(window, name, { value: area, configurable: true }); } catch (e) {}
  });
  return blocked;
})();
`

func standInForBlockedStorage(appJS []byte) ([]byte, error) {
	return append([]byte(blockedStorage), appJS...), nil
}

// go-app replaces the server's page when app.wasm starts, and on a slow
// network that takes seconds: a tap on the page before then did nothing.
// keptTaps, put before go-app's app.js, keeps the taps on the buttons the
// page marks data-kept-tap (app/kept_taps.go), in order, by their id, for
// the app to do once it has started; the button is marked as noted, and
// the start-up status says so. That status moves into the total's bar,
// in view on every screen and over nothing (web/app.css).
const keptTaps = `// Taps before the app runs, kept for it (internal/site/loader.go).
var qidianTakeKeptTaps = (function () {
  var kept = [], taking = true, note = null;
  var loader = document.getElementById("app-wasm-loader"), bar = document.querySelector(".summary-bar");
  if (loader) {
    note = document.createElement("p");
    note.id = "kept-taps";
    note.className = "kept-taps";
    note.setAttribute("role", "status");
    loader.appendChild(note);
    if (bar) bar.appendChild(loader);
  }
  function keep(e) {
    var b = e.target && e.target.closest ? e.target.closest("button[data-kept-tap][id]") : null;
    if (!taking || !b) return;
    e.preventDefault();
    if (kept.length < 32) kept.push(b.id);
    b.classList.add("tap-kept");
    if (note) note.textContent = document.documentElement.lang === "en" ? ` + "%q" + ` : ` + "%q" + `;
  }
  document.addEventListener("click", keep, true);
  return function () {
    taking = false;
    document.removeEventListener("click", keep, true);
    return kept.splice(0);
  };
})();
`

// keptTapsNote is what the start-up status says once a tap is kept.
var keptTapsNote = map[string]string{
	"zh": "已记下您点的操作，启动后即完成",
	"en": "Noted: what you tapped happens once the calculator has started",
}

// keepTapsBeforeStart puts keptTaps before go-app's app.js.
func keepTapsBeforeStart(appJS []byte) ([]byte, error) {
	return append(fmt.Appendf(nil, keptTaps, keptTapsNote["en"], keptTapsNote["zh"]), appJS...), nil
}
