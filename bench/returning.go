//go:build !wasm

package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/chromedp/chromedp"

	"qidian-calculator/internal/chrome"
)

// idleBeforeLeaving is how long the first visit's page stays open once its
// service worker holds app.wasm: long enough for V8 to write its code cache,
// which it does only after its optimising compiler has been quiet a while.
const idleBeforeLeaving = 5 * time.Second

// returning is one returning visit as a real visitor makes it, and what
// both visits left in the profile (and, when traced, V8's events).
type returning struct {
	visit visit
	cacheEvidence
}

// measureReturning makes runs returning visits, each in its own profile on
// disk: a first visit, left open until the worker holds the app and
// idleBeforeLeaving more; the browser closed; a new browser on the same
// profile opens the page, its service worker stopped, its caches on disk.
// With trace, each browser traces V8's wasm compiler and stays open until
// its trace is written.
func measureReturning(ctx context.Context, base, wasmPath string, runs int, trace bool, logf func(string, ...any)) ([]returning, string, error) {
	var res []returning
	var version string
	for i := range runs {
		r, v, err := returnOnce(ctx, base, wasmPath, trace)
		if err != nil {
			return res, version, fmt.Errorf("returning visit, run %d: %w", i+1, err)
		}
		version = v
		logf("returning visit, run %d/%d: visible %s interactive %s; wasm code cache %s → %s B, CacheStorage %s → %s B",
			i+1, runs, millis(r.visit.totalVisible()), millis(r.visit.Interactive),
			grouped(r.codeCache[0]), grouped(r.codeCache[1]), grouped(r.cacheStorage[0]), grouped(r.cacheStorage[1]))
		res = append(res, r)
	}
	return res, version, nil
}

func returnOnce(ctx context.Context, base, wasmPath string, trace bool) (returning, string, error) {
	var r returning
	profile, err := os.MkdirTemp("", "qidian-bench-profile-")
	if err != nil {
		return r, "", err
	}
	defer os.RemoveAll(profile)
	traces := os.TempDir() // outside the profile, whose size is measured
	var version string
	for i, visitPage := range []func(tab context.Context) error{
		func(tab context.Context) error { return firstVisit(ctx, tab, base, wasmPath) },
		func(tab context.Context) error {
			var err error
			if err = chromedp.Do(tab, prepareTab(loopback)); err == nil {
				r.visit, err = load(tab, base+"/")
			}
			if err == nil && !r.visit.Controlled {
				err = fmt.Errorf("returning visit: no service worker controlled the page")
			}
			return err
		},
	} {
		o := chrome.Options{Profile: profile}
		file := filepath.Join(traces, fmt.Sprintf("%s-visit%d.json", filepath.Base(profile), i+1))
		if trace {
			o.Args = traceArgs(file)
			defer os.Remove(file)
		}
		b, err := chrome.Start(ctx, o)
		if err != nil {
			return r, "", err
		}
		version = b.Version
		err = visitPage(b.Tab)
		if err == nil && trace {
			err = awaitTrace(ctx, file)
		}
		b.Stop()
		if err != nil {
			return r, "", err
		}
		r.codeCache[i], r.cacheStorage[i] = cacheSizes(profile)
		if trace {
			if r.events[i], err = countEvents(file, codeCacheEvents); err != nil {
				return r, "", err
			}
		}
	}
	return r, version, nil
}

// firstVisit loads the page, waits for its worker to hold app.wasm, and
// leaves the page open and alone a while.
func firstVisit(ctx context.Context, tab context.Context, base, wasmPath string) error {
	if err := chromedp.Do(tab, prepareTab(loopback)); err != nil {
		return err
	}
	if _, err := load(tab, base+"/"); err != nil {
		return fmt.Errorf("first visit: %w", err)
	}
	if err := awaitServiceWorker(tab, wasmPath); err != nil {
		return err
	}
	// The probe typed 6; the next visit starts from the default estimate,
	// as the stock page (which saves nothing) does.
	if err := forgetEstimate(tab); err != nil {
		return err
	}
	return sleep(ctx, idleBeforeLeaving)
}

func sleep(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// cacheSizes are the bytes under the profile's wasm code cache and its
// service workers' CacheStorage, where V8's cached code for a response
// from the Cache API goes (as the entry's side data).
func cacheSizes(profile string) (codeCache, cacheStorage int64) {
	return dirSize(filepath.Join(profile, "Default", "Code Cache", "wasm")),
		dirSize(filepath.Join(profile, "Default", "Service Worker", "CacheStorage"))
}

func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}
