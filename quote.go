//go:build !wasm

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"qidian-calculator/pricing"
)

// runQuote is the quote subcommand: `qidian-calculator quote [-json] FILE|-`.
func runQuote(args []string) error { return quote(args, os.Stdin, os.Stdout) }

// quote prints the quote of an estimate exported by the page (its JSON
// download) or of a share link, as a table or, with -json, as the page's JSON
// export. Bad input fails with the pricing package's own messages.
func quote(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("quote", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print the quote as JSON, as the page exports it")
	lang := fs.String("lang", "", "language of the output: zh-CN or en (default: the estimate's)")
	day := fs.String("today", "", "`YYYY-MM-DD` to price on (default: today); additions by date count from it")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: qidian-calculator quote [-json] [-lang en] [-today YYYY-MM-DD] FILE|-")
		fmt.Fprintln(fs.Output(), "FILE is an estimate JSON downloaded from the page, or a file holding a share link; - reads standard input.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errors.New("quote needs one FILE or -")
	}
	var data []byte
	var err error
	if name := fs.Arg(0); name == "-" {
		data, err = io.ReadAll(io.LimitReader(stdin, 2<<20))
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return err
	}
	today := time.Now()
	if *day != "" {
		if today, err = time.Parse(pricing.DateLayout, *day); err != nil {
			return fmt.Errorf("-today %q: want YYYY-MM-DD", *day)
		}
	}
	y, m, d := today.Date()
	today = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)

	e, err := readEstimate(data)
	if err != nil {
		return err
	}
	out := e.Lang
	if *lang != "" {
		out = pricing.ParseLang(*lang)
	}
	if out == "" {
		out = pricing.ZH
	}
	q := pricing.Default().Price(e, today)
	if *asJSON {
		_, err = stdout.Write(pricing.NewExport(e, &q, out, today).JSON())
	} else {
		err = pricing.WriteDocument(stdout, pricing.NewDocument(e, &q, out, today))
	}
	if err != nil {
		return err
	}
	var msgs []string
	for _, p := range q.Errors() {
		msgs = append(msgs, p.Detail(out))
	}
	for _, p := range e.Details.Problems() { // details that cannot be printed
		msgs = append(msgs, p.Detail(out))
	}
	if len(msgs) > 0 {
		return errors.New(strings.Join(msgs, "\n"))
	}
	return nil
}

// readEstimate accepts the page's JSON or a share link (a URL or its fragment).
func readEstimate(data []byte) (pricing.Estimate, error) {
	s := strings.TrimSpace(string(data))
	if i := strings.Index(s, "#v="); i >= 0 && !strings.HasPrefix(s, "{") {
		s = s[i+1:]
	}
	if strings.HasPrefix(s, "v=") {
		return pricing.DecodeLink(s)
	}
	return pricing.DecodeEstimate(data)
}
