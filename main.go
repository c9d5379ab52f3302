// Command qidian-calculator is the price calculator for Tencent Qidian
// customer service. The same main package is built twice: as app.wasm, where
// RunWhenOnBrowser starts the UI and never returns, and as the server binary
// (see server.go), where RunWhenOnBrowser returns at once.
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

func main() {
	app.Route("/", newPage)
	app.RunWhenOnBrowser()
	runServer()
}
