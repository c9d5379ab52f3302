// Command precompress writes brotli (.br) and gzip (.gz) copies beside every
// compressible file in the given directories, so the server and any CDN can
// send the smallest encoding without compressing per request.
//
//	go run ./cmd/precompress web dist
//
// A copy newer than its source is kept, so a rebuild only pays for what
// changed; a copy that would not be smaller, or whose source is gone, is
// removed.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"qidian-calculator/internal/compress"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: precompress DIR...")
		os.Exit(2)
	}
	var jobs []job
	for _, dir := range os.Args[1:] {
		found, err := plan(dir)
		if err != nil {
			fmt.Fprintln(os.Stderr, "precompress:", err)
			os.Exit(1)
		}
		jobs = append(jobs, found...)
	}
	if err := run(jobs); err != nil {
		fmt.Fprintln(os.Stderr, "precompress:", err)
		os.Exit(1)
	}
}

// job is one compressed copy to write.
type job struct{ src, dst, encoding string }

// plan lists the stale copies under dir and removes orphaned ones.
func plan(dir string) ([]job, error) {
	var jobs []job
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		for _, e := range compress.Encodings {
			if src, ok := strings.CutSuffix(p, e.Suffix); ok {
				if _, err := os.Stat(src); os.IsNotExist(err) || !compress.Compressible(src) {
					return os.Remove(p)
				}
				return nil
			}
		}
		if !compress.Compressible(p) {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		for _, e := range compress.Encodings {
			dst := p + e.Suffix
			if out, err := os.Stat(dst); err == nil && !out.ModTime().Before(info.ModTime()) {
				continue
			}
			jobs = append(jobs, job{src: p, dst: dst, encoding: e.Name})
		}
		return nil
	})
	return jobs, err
}

// run does the jobs on every core: brotli at quality 11 is the slow part of
// a build.
func run(jobs []job) error {
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		errs  []error
		slots = make(chan struct{}, runtime.GOMAXPROCS(0))
	)
	for _, j := range jobs {
		wg.Add(1)
		slots <- struct{}{}
		go func() {
			defer func() { <-slots; wg.Done() }()
			if err := j.do(); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

func (j job) do() error {
	src, err := os.ReadFile(j.src)
	if err != nil {
		return err
	}
	out := compress.Encode(j.encoding, src)
	if len(out) >= len(src) {
		// Not worth sending; the server falls back to the original.
		if err := os.Remove(j.dst); err != nil && !os.IsNotExist(err) {
			return err
		}
		return nil
	}
	// Write then rename, so a reader never sees half a file.
	tmp := j.dst + ".tmp"
	if err := os.WriteFile(tmp, out, 0o644); err != nil {
		return err
	}
	fmt.Printf("%s: %d -> %d bytes\n", j.dst, len(src), len(out))
	return os.Rename(tmp, j.dst)
}
