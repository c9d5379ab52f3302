package site

import (
	"bytes"
	"fmt"
)

// go-app's app.js registers the service worker first thing, so on a first
// visit the worker's install (fetching and storing every file, app.wasm's
// 8 MB among them) and on later visits its update check run while app.wasm
// is read, compiled and started. The page's start waits for none of them.
// Registering once the app has started made the page interactive about
// 150 ms sooner in make bench (cold and warm, loopback); the README has
// the figures.
var (
	registerWorkerCall  = []byte("goappInitServiceWorker();\ngoappWatchForUpdate();")
	registerWorkerEarly = []byte("goappWatchForUpdate();")
	startApp            = []byte("go.run(wasm.instance);")
	startAppThenWorker  = []byte("go.run(wasm.instance);\n    goappInitServiceWorker();")
)

// registerWorkerAfterStart moves go-app's service worker registration from
// the top of app.js to just after app.wasm's first run. go-app is pinned
// (go.mod), and a version whose app.js differs fails here, loudly, rather
// than serving an app.js that never registers the worker.
func registerWorkerAfterStart(appJS []byte) ([]byte, error) {
	if bytes.Count(appJS, registerWorkerCall) != 1 || bytes.Count(appJS, startApp) != 1 {
		return nil, fmt.Errorf("go-app's app.js is not the one this server was written for: " +
			"it should call goappInitServiceWorker() once before goappWatchForUpdate() and go.run(wasm.instance) once")
	}
	js := bytes.Replace(appJS, registerWorkerCall, registerWorkerEarly, 1)
	return bytes.Replace(js, startApp, startAppThenWorker, 1), nil
}
