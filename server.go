//go:build !wasm

package main

import (
	"errors"
	"flag"
	"fmt"
	"os"

	"qidian-calculator/internal/site"
)

// commands are the server binary's subcommands; without one it serves.
// Adding a subcommand is one line here.
var commands = map[string]func(args []string) error{
	"serve":  serve,
	"static": exportStatic,
	"quote":  runQuote,
}

func runServer() {
	name, args := "serve", os.Args[1:]
	if len(args) > 0 {
		if _, ok := commands[args[0]]; ok {
			name, args = args[0], args[1:]
		}
	}
	err := commands[name](args)
	if errors.Is(err, flag.ErrHelp) {
		return
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "qidian-calculator:", err)
		os.Exit(1)
	}
}

// serve runs the web server until SIGINT or SIGTERM.
func serve(args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "`host:port` to listen on")
	web := fs.String("web", "web", "`dir`ectory with app.wasm, app.css and icons")
	if err := fs.Parse(args); err != nil {
		return err
	}
	s, err := site.New(site.Config{WebDir: *web, Pages: pages})
	if err != nil {
		return err
	}
	return site.ListenAndServe(*addr, s, os.Stdout)
}

// exportStatic writes the site as files for a static host or CDN.
func exportStatic(args []string) error {
	fs := flag.NewFlagSet("static", flag.ContinueOnError)
	web := fs.String("web", "web", "`dir`ectory with app.wasm, app.css and icons")
	out := fs.String("out", "dist", "output `dir`ectory")
	prefix := fs.String("prefix", "", "URL `path` the site is hosted under, e.g. /calc (default: the root)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	p, err := site.CleanPrefix(*prefix)
	if err != nil {
		return err
	}
	s, err := site.New(site.Config{WebDir: *web, Pages: pages, Prefix: p})
	if err != nil {
		return err
	}
	if err := s.Export(*out); err != nil {
		return err
	}
	fmt.Printf("wrote %s (version %s, hosted at %s/)\n", *out, s.Version(), p)
	return nil
}
