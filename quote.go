//go:build !wasm

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"qidian-calculator/pricing"
)

// runQuote is the quote subcommand: `qidian-calculator quote [-json|-csv] FILE|-`.
func runQuote(args []string) error { return quote(args, os.Stdin, os.Stdout) }

// quote prints the quote of an estimate exported by the page (its JSON
// download) or of a share link, as a table, or as the page's JSON or CSV
// export. Every problem fails the command with pricing's own messages, in
// the output's language; nothing from the input reaches the terminal raw.
func quote(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlagSet("quote")
	asJSON := fs.Bool("json", false, "print the quote as JSON, as the page exports it")
	asCSV := fs.Bool("csv", false, "print the quote as CSV, as the page exports it")
	lang := fs.String("lang", "", "language of the output: zh-CN or en (default: the estimate's)")
	day := fs.String("today", "", "`YYYY-MM-DD` to price on (default: today); additions by date count from it, and the price list in force then applies")
	only := fs.String("list", "", "price by the price list of this `VERSION` alone (default: each amount by the list of its day)")
	sharedUsage := fs.Usage // every command's usage, then quote's flags
	fs.Usage = func() {
		sharedUsage()
		fmt.Fprintln(fs.Output(), "\nFILE is an estimate JSON downloaded from the page, or a file holding a share link; - reads standard input.")
		fmt.Fprintf(fs.Output(), "Input over %d MiB is refused. Exit status 1 for any problem, else 0 (also when every item is price on request: no total).\n", pricing.MaxEstimateBytes>>20)
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 || *asJSON && *asCSV {
		fs.Usage()
		return errors.New("quote needs one FILE or -, and at most one of -json and -csv")
	}
	today := time.Now()
	if *day != "" {
		var err error
		if today, err = pricing.ParseDate(*day); err != nil {
			return fmt.Errorf("-today %q: want YYYY-MM-DD", *day)
		}
	}
	y, m, d := today.Date()
	today = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)

	in := stdin
	if name := fs.Arg(0); name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return errors.New(pricing.Printable(err.Error()))
		}
		defer f.Close()
		in = f
	}
	e, err := pricing.ReadEstimate(in)
	out := e.Lang
	if *lang != "" {
		out = pricing.ParseLang(*lang)
	}
	if out == "" {
		out = pricing.ZH
	}
	if err != nil {
		return problems(out, err)
	}
	lists := pricing.Lists()
	if *only != "" {
		c := lists.Version(*only)
		if c == nil {
			return fmt.Errorf("-list %q: no such price list; this build has %s", pricing.Printable(*only), listVersions(lists))
		}
		lists = lists.Only(c)
	}
	q := lists.Price(e, today)
	switch {
	case *asJSON:
		_, err = stdout.Write(pricing.NewExport(e, &q, out, today).JSON())
	case *asCSV:
		_, err = stdout.Write(pricing.NewExport(e, &q, out, today).CSV())
	default:
		err = pricing.WriteDocument(stdout, pricing.NewDocument(e, &q, out, today))
	}
	if err != nil {
		return err
	}
	var errs []error
	for _, p := range q.Errors() {
		errs = append(errs, p)
	}
	for _, p := range e.Details.Problems() { // details the quote leaves out
		errs = append(errs, p)
	}
	return problems(out, errs...)
}

// problems is one line per error, in lang, escaped for the terminal; a bad
// file also says where it went wrong (a JSON path or byte).
func problems(lang pricing.Lang, errs ...error) error {
	var lines []string
	for _, err := range errs {
		s := err.Error()
		if p, ok := errors.AsType[pricing.Problem](err); ok {
			s = p.Detail(lang)
		}
		lines = append(lines, pricing.Printable(s))
	}
	if len(lines) == 0 {
		return nil
	}
	return errors.New(strings.Join(lines, "\n"))
}

func listVersions(ls pricing.PriceLists) string {
	var vs []string
	for _, c := range ls.All() {
		vs = append(vs, c.Version+" ("+c.Date+")")
	}
	return strings.Join(vs, ", ")
}
