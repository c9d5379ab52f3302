//go:build !wasm

// Command stock is the bench's yardstick: a go-app v10 page served by
// go-app's own Handler, with go-app's own app.js, loader and service worker,
// nothing of ours around them but brotli for app.wasm, as a go-app site
// behind a compressing server or CDN would send it. The page (page.go) is
// one number field and a total, which the bench's probe and its typing time
// as they time the calculator; what the calculator's page, server, loader
// and worker cost shows against it.
//
//	make stock && bin/stock/stock -addr 127.0.0.1:8081 -web bin/stock/web
//
// The browser's build (main_wasm.go) holds only the page, as a go-app
// app.wasm would; this file is the server.
package main

import (
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	route()
	addr := flag.String("addr", "127.0.0.1:8081", "listen on `host:port`")
	web := flag.String("web", "web", "go-app's web `directory` (app.wasm and app.wasm.br)")
	flag.Parse()
	if err := serve(*addr, *web); err != nil {
		fmt.Fprintln(os.Stderr, "stock:", err)
		os.Exit(1)
	}
}

func serve(addr, web string) error {
	// go-app serves /web/… from a directory named web in the working one.
	if filepath.Base(web) != "web" {
		return fmt.Errorf("-web %s: go-app needs a directory named web", web)
	}
	if err := os.Chdir(filepath.Dir(web)); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	// localserver waits for this line.
	fmt.Printf("serving http://%s/ (stock go-app)\n", ln.Addr())
	return http.Serve(ln, &app.Handler{
		Name:  "stock go-app",
		Title: "stock go-app",
		// go-app's default icon is on GitHub; its worker, which caches the
		// icon on install, could not install offline or on a closed network.
		Icon:      app.Icon{Default: "/web/icon.png"},
		Resources: brotliWasm{app.LocalDir("")},
	})
}

// brotliWasm is go-app's own resolver and file server, except that
// app.wasm goes out as its precompressed brotli copy to a browser that
// accepts it. go-app's Handler has set its caching headers already.
type brotliWasm struct{ app.ResourceResolver }

func (b brotliWasm) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	files := b.ResourceResolver.(http.Handler)
	if r.URL.Path != "/web/app.wasm" || !strings.Contains(r.Header.Get("Accept-Encoding"), "br") {
		files.ServeHTTP(w, r)
		return
	}
	f, err := os.Open("web/app.wasm.br")
	if err != nil {
		files.ServeHTTP(w, r)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/wasm")
	w.Header().Set("Content-Encoding", "br")
	w.Header().Set("Vary", "Accept-Encoding")
	// The whole file, with its length, as a CDN sends a compressed copy
	// (ServeContent leaves both to the caller once an encoding is set).
	r.Header.Del("Range")
	w.Header().Set("Content-Length", strconv.FormatInt(st.Size(), 10))
	http.ServeContent(w, r, "app.wasm", st.ModTime(), f)
}
