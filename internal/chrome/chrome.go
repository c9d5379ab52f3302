//go:build !wasm

// Package chrome starts the headless Chromium that the browser tests and the
// bench drive, with one set of flags, so both measure the same browser.
// CHROME=/path/to/chromium picks another binary than Debian's.
package chrome

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
)

// DefaultPath is Debian's Chromium, which make test-deps installs.
const DefaultPath = "/usr/bin/chromium"

// Path is the browser binary: $CHROME when set, else DefaultPath.
func Path() string {
	if p := os.Getenv("CHROME"); p != "" {
		return p
	}
	return DefaultPath
}

// Check says how to get a browser when there is none at Path.
func Check() error {
	p := Path()
	if _, err := exec.LookPath(p); err != nil {
		return fmt.Errorf("no browser at %s (%v): apt-get install chromium (make test-deps installs it), or set CHROME=/path/to/chromium", p, err)
	}
	return nil
}

// flags are the command-line switches every start uses, beyond chromedp's
// defaults: the sandbox cannot start as root (CI and make bench may run as
// root), and nothing but the page should use the network or the CPU.
var flags = []string{
	"headless",
	"no-sandbox",
	"no-first-run",
	"disable-gpu",
	"disable-background-networking",
	"disable-component-update",
	"disable-sync",
	// A desktop window, where the calculator's total is on screen.
	"window-size=1280,800",
	// A visitor who reads Chinese, whom the page is written for: the page
	// speaks the browser's language when the visitor has chosen none.
	// Options.Args may ask for another (accept-lang=en-US).
	"accept-lang=zh-CN",
}

// Browser is one running Chromium and its first tab.
type Browser struct {
	Tab     context.Context // the first tab; chromedp.NewContext(Tab) opens more
	Version string          // product and version, e.g. Chrome/156.0.8078.108
	Profile string          // the user data directory
	stop    func()
}

// Options change a start.
type Options struct {
	// Profile is the user data directory to use and keep. Empty: a new
	// temporary one, removed by Stop, as for a first-time visitor.
	Profile string
	// Args are extra switches ("lang=en-US", "js-flags=…"), without "--";
	// one named in flags replaces it.
	Args []string
}

// Start runs Chromium under DevTools control and opens its first tab. Stop
// closes it gracefully, so the profile on disk is complete.
func Start(ctx context.Context, o Options) (*Browser, error) {
	dir := o.Profile
	if dir == "" {
		d, err := os.MkdirTemp("", "qidian-chromium-")
		if err != nil {
			return nil, err
		}
		dir = d
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(Path()), chromedp.UserDataDir(dir))
	for _, f := range append(flags[:len(flags):len(flags)], o.Args...) {
		name, value, hasValue := strings.Cut(f, "=")
		if hasValue {
			opts = append(opts, chromedp.Flag(name, value))
		} else {
			opts = append(opts, chromedp.Flag(name, true))
		}
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	tab, cancelTab := chromedp.NewContext(allocCtx)
	b := &Browser{Tab: tab, Profile: dir, stop: func() {
		cancelTab()
		cancelAlloc()
		if o.Profile == "" {
			os.RemoveAll(dir)
		}
	}}
	if err := chromedp.Do(tab); err != nil { // starts Chromium, opens the tab
		b.Stop()
		return nil, fmt.Errorf("start %s: %w", Path(), err)
	}
	v, err := chromedp.CallBrowser(tab, browser.GetVersion, cdp.Empty{})
	if err != nil {
		b.Stop()
		return nil, err
	}
	b.Version = v.Product
	return b, nil
}

// Stop closes the browser and removes a temporary profile.
func (b *Browser) Stop() { b.stop() }

// Visit opens url in a Chromium that no DevTools client is attached to, on
// profile, for d, then closes it as a person would (SIGTERM lets Chromium
// write its caches and profile). It shows what a browser does on its own,
// e.g. whether it caches compiled code, where automation might change that.
func Visit(ctx context.Context, profile, url string, d time.Duration, args ...string) error {
	argv := []string{"--user-data-dir=" + profile}
	for _, f := range append(flags[:len(flags):len(flags)], args...) {
		argv = append(argv, "--"+f)
	}
	cmd := exec.CommandContext(ctx, Path(), append(argv, url)...)
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.WaitDelay = 30 * time.Second // then killed
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start %s: %w", Path(), err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return fmt.Errorf("%s exited while the page was open: %v", Path(), err)
	case <-ctx.Done():
		<-done
		return ctx.Err()
	case <-time.After(d):
	}
	_ = cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-done: // exits with a signal status; the profile is written
		return nil
	case <-time.After(cmd.WaitDelay):
		_ = cmd.Process.Kill()
		<-done
		return errors.New(Path() + " did not close on SIGTERM")
	}
}
