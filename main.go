// Command qidian-calculator is the price calculator for Tencent Qidian
// customer service. The same main package is built twice: as app.wasm, where
// RunWhenOnBrowser starts the UI and never returns, and as the server binary
// (see commands.go), where RunWhenOnBrowser returns at once.
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	calc "qidian-calculator/app"
)

// pages are the app's routes: the browser renders them, the server
// (internal/site) serves and prerenders them and nothing else.
var pages = []string{"/"}

func main() {
	for _, p := range pages {
		app.Route(p, func() app.Composer { return calc.NewCalculator() })
	}
	app.RunWhenOnBrowser()
	runCommand()
}
