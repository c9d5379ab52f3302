//go:build !wasm

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"qidian-calculator/internal/chrome"
)

// The trace events that tell whether V8's wasm code cache engaged, in the
// order they happen. V8 finishes a "chunk" once some functions are
// optimised and its optimising compiler has been quiet a while; Blink then
// serialises the module (compiledModule) and, when the response can hold
// side data, stores it (cachedModule). A later visit whose response carries
// those bytes finds them (moduleCacheHit) and V8 deserialises the module
// instead of compiling it.
var codeCacheEvents = []string{
	"wasm.TopTierCompilation", // a batch of functions optimised
	"wasm.CompilationChunkFinished",
	"v8.wasm.compiledModule",
	"v8.wasm.cachedModule",
	"v8.wasm.moduleCacheHit",
	"wasm.Deserialize",
}

// traceFor is how long Chromium's start-up trace records; it is written
// only once this has passed, with the browser still running.
const traceFor = 25 * time.Second

// traceArgs make Chromium trace V8's wasm compiler from its start into
// file, without a DevTools client.
func traceArgs(file string) []string {
	return []string{
		"trace-startup=v8.wasm,disabled-by-default-v8.wasm.detailed,disabled-by-default-devtools.timeline",
		"trace-startup-format=json",
		"trace-startup-file=" + file,
		fmt.Sprintf("trace-startup-duration=%d", int(traceFor/time.Second)),
	}
}

// awaitTrace waits until Chromium has written the whole trace file.
func awaitTrace(ctx context.Context, file string) error {
	deadline := time.Now().Add(traceFor + 60*time.Second)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(file); err == nil && json.Valid(b) {
			return nil
		}
		if err := sleep(ctx, 250*time.Millisecond); err != nil {
			return err
		}
	}
	return fmt.Errorf("no complete trace in %s", file)
}

// countEvents counts the trace's events by name, for the names asked.
func countEvents(file string, names []string) (map[string]int, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var trace struct {
		TraceEvents []struct {
			Name  string `json:"name"`
			Phase string `json:"ph"`
		} `json:"traceEvents"`
	}
	if err := json.Unmarshal(b, &trace); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	counts := map[string]int{}
	for _, n := range names {
		counts[n] = 0
	}
	for _, e := range trace.TraceEvents {
		if _, ok := counts[e.Name]; ok && e.Phase != "E" { // an "E" closes a "B"
			counts[e.Name]++
		}
	}
	return counts, nil
}

// cacheEvidence is what one pair of visits on one profile showed: the
// cache's size on disk after each, and V8's events during each.
type cacheEvidence struct {
	codeCache, cacheStorage [2]int64
	events                  [2]map[string]int
}

func (e cacheEvidence) String() string {
	var b strings.Builder
	for i, visit := range []string{"first visit", "returning visit"} {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s: %s", visit, eventCounts(e.events[i]))
		fmt.Fprintf(&b, ", then Code Cache/wasm %s B, CacheStorage %s B",
			grouped(e.codeCache[i]), grouped(e.cacheStorage[i]))
	}
	return b.String()
}

func eventCounts(counts map[string]int) string {
	var parts []string
	for _, n := range codeCacheEvents {
		parts = append(parts, fmt.Sprintf("%d %s", counts[n], n))
	}
	return strings.Join(parts, ", ")
}

// engaged says whether the returning visit took its code from the cache.
func (e cacheEvidence) engaged() bool {
	return e.events[1]["wasm.Deserialize"] > 0
}

// traceWithoutDevTools makes a first and a returning visit to url in
// Chromium started with the page's URL and a profile, no DevTools client
// attached (nothing types into the page), each traced, each browser closed
// once its trace is written. It tells whether automation changes what V8
// caches.
func traceWithoutDevTools(ctx context.Context, url string, args ...string) (cacheEvidence, error) {
	var e cacheEvidence
	profile, err := os.MkdirTemp("", "qidian-bench-profile-")
	if err != nil {
		return e, err
	}
	defer os.RemoveAll(profile)
	for i := range 2 {
		file := filepath.Join(profile, fmt.Sprintf("trace-%d.json", i))
		waited := make(chan error, 1)
		vctx, cancel := context.WithCancel(ctx)
		go func() { waited <- awaitTrace(vctx, file); cancel() }()
		err := chrome.Visit(vctx, profile, url, traceFor+60*time.Second, append(traceArgs(file), args...)...)
		cancel()
		if werr := <-waited; werr != nil {
			return e, werr
		}
		if err != nil && err != context.Canceled {
			return e, err
		}
		if e.events[i], err = countEvents(file, codeCacheEvents); err != nil {
			return e, err
		}
		e.codeCache[i], e.cacheStorage[i] = cacheSizes(profile)
		os.Remove(file) // not part of the profile's size
	}
	return e, nil
}
