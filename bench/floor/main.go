// Command floor is the bench's floor: the calculator's server, loader,
// service worker and compression (internal/site) around a bare go-app page
// (internal/floorpage). What it costs to start is what go-app v10, the Go
// runtime and the browser cost before any calculator code runs. Like the
// calculator, it is built twice: as app.wasm and as the server (make floor).
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/internal/floorpage"
)

var pages = []string{"/"}

func main() {
	for _, p := range pages {
		app.Route(p, func() app.Composer { return &floorpage.Page{} })
	}
	app.RunWhenOnBrowser()
	serve()
}
