//go:build !wasm

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"qidian-calculator/internal/site"
)

// commands are the server binary's subcommands; without one it serves.
// Adding a subcommand is one line here and one in usage.
var commands = map[string]func(args []string) error{
	"serve":  serve,
	"static": exportStatic,
	"quote":  runQuote,
}

const usage = `usage: qidian-calculator [serve] [flags]        serve the calculator (the default)
       qidian-calculator static [flags]         write the site for a static host
       qidian-calculator quote [flags] FILE|-   print the quote of an estimate
Run qidian-calculator COMMAND -h for a command's flags.
`

// stderr is where usage goes; tests replace it.
var stderr io.Writer = os.Stderr

func runCommand() {
	err := run(os.Args[1:])
	if errors.Is(err, flag.ErrHelp) {
		return
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "qidian-calculator:", err)
		os.Exit(1)
	}
}

// run picks the subcommand: the first argument if it is not a flag,
// serve otherwise. A misspelt command is an error, never a server.
func run(args []string) error {
	name := "serve"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		name, args = args[0], args[1:]
	}
	command, ok := commands[name]
	if !ok {
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("unknown command %q", name)
	}
	return command(args)
}

// newFlagSet is a subcommand's flag set; -h prints the usage of every
// command before the subcommand's flags.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fmt.Fprintf(fs.Output(), "\nflags of %s:\n", name)
		fs.PrintDefaults()
	}
	return fs
}

// siteFlags adds the flags serve and static share; its result parses the
// arguments and reads those flags into a site.Config.
func siteFlags(fs *flag.FlagSet) func(args []string) (site.Config, error) {
	web := fs.String("web", "web", "`dir`ectory with app.wasm, app.css and icons")
	publicURL := fs.String("url", "", "public `URL` of the site, for the page's og:url and og:image (default: none)")
	embedOrigins := fs.String("embed-origins", "", "`origins` allowed to show the calculator in a frame, separated by spaces,\ne.g. \"https://qidian.qq.com https://www.example.com\" (default: none)")
	return func(args []string) (site.Config, error) {
		if err := parse(fs, args); err != nil {
			return site.Config{}, err
		}
		origins, err := site.ParseEmbedOrigins(*embedOrigins)
		return site.Config{WebDir: *web, Pages: pages, URL: *publicURL, EmbedOrigins: origins}, err
	}
}

// parse parses a subcommand's flags, which take no arguments after them.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("%s takes no argument %q", fs.Name(), fs.Arg(0))
	}
	return nil
}

// serve runs the web server until SIGINT or SIGTERM.
func serve(args []string) error {
	fs := newFlagSet("serve")
	addr := fs.String("addr", "127.0.0.1:8080", "`host:port` to listen on")
	maxConns := fs.Int("max-conns", 0, fmt.Sprintf("open connections at most; at the bound, the one idle longest is closed\n(default: what the file-descriptor limit allows, here %d)", site.DefaultMaxConns()))
	embedDemo := fs.String("embed-demo", "", "also serve an example host page that embeds the calculator on `host:port`\n(another origin; for tests and trials, never in production)")
	c, err := siteFlags(fs)(args)
	if err != nil {
		return err
	}
	s, err := site.New(c)
	if err != nil {
		return err
	}
	return site.Serve(s, site.ServeConfig{Addr: *addr, MaxConns: *maxConns, Out: os.Stdout, EmbedDemoAddr: *embedDemo})
}

// exportStatic writes the site as files for a static host or CDN.
func exportStatic(args []string) error {
	fs := newFlagSet("static")
	out := fs.String("out", "dist", "output `dir`ectory")
	prefix := fs.String("prefix", "", "URL `path` the site is hosted under, e.g. /calc (default: the root)")
	c, err := siteFlags(fs)(args)
	if err != nil {
		return err
	}
	if c.Prefix, err = site.CleanPrefix(*prefix); err != nil {
		return err
	}
	s, err := site.New(c)
	if err != nil {
		return err
	}
	if err := s.Export(*out); err != nil {
		return err
	}
	fmt.Printf("wrote %s (version %s, hosted at %s/)\n", *out, s.Version(), c.Prefix)
	return nil
}
