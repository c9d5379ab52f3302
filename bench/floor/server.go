//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"os"

	"qidian-calculator/internal/site"
)

// serve takes the calculator's serve flags that the bench uses.
func serve() {
	addr := flag.String("addr", "127.0.0.1:8080", "`host:port` to listen on")
	web := flag.String("web", "web", "`dir`ectory with app.wasm, app.css and icons")
	flag.Parse()
	s, err := site.New(site.Config{WebDir: *web, Pages: pages})
	if err == nil {
		err = site.Serve(s, site.ServeConfig{Addr: *addr, Out: os.Stdout})
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
}
