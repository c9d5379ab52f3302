//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"testing"
)

// A trace is counted by event name; an "E" only closes a "B", and events
// not asked for are left out.
func TestCountEvents(t *testing.T) {
	file := filepath.Join(t.TempDir(), "trace.json")
	trace := `{"traceEvents":[
		{"name":"wasm.TopTierCompilation","ph":"X"},
		{"name":"wasm.TopTierCompilation","ph":"B"},
		{"name":"wasm.TopTierCompilation","ph":"E"},
		{"name":"v8.wasm.moduleCacheHit","ph":"I"},
		{"name":"wasm.CompileLazy","ph":"X"}]}`
	if err := os.WriteFile(file, []byte(trace), 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := countEvents(file, codeCacheEvents)
	if err != nil {
		t.Fatal(err)
	}
	if got["wasm.TopTierCompilation"] != 2 || got["v8.wasm.moduleCacheHit"] != 1 || got["wasm.Deserialize"] != 0 {
		t.Errorf("counts %v", got)
	}
	if _, ok := got["wasm.CompileLazy"]; ok {
		t.Error("counted an event that was not asked for")
	}
	e := cacheEvidence{events: [2]map[string]int{got, {"wasm.Deserialize": 1}}}
	if !e.engaged() {
		t.Error("a returning visit that deserialised does not count as engaged")
	}
	if (cacheEvidence{events: [2]map[string]int{{}, got}}).engaged() {
		t.Error("a cache hit without deserialising counts as engaged")
	}
}

func TestReadLighthouse(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		report          string
		score, tbt, lcp float64
		retry, fail     bool
	}{
		{`{"categories":{"performance":{"score":0.77}},"audits":{"total-blocking-time":{"numericValue":1234.5},"largest-contentful-paint":{"numericValue":9302.7}}}`, 77, 1234.5, 9302.7, false, false},
		{`{"runtimeError":{"code":"NO_NAVSTART","message":"no navigation start"},"categories":{"performance":{"score":null}}}`, 0, 0, 0, true, true},
		{`{"categories":{"performance":{}}}`, 0, 0, 0, true, true},
		{`not json`, 0, 0, 0, false, true},
	} {
		file := filepath.Join(dir, "r.json")
		if err := os.WriteFile(file, []byte(c.report), 0o600); err != nil {
			t.Fatal(err)
		}
		r, retry, err := readLighthouse(file)
		if (err != nil) != c.fail || retry != c.retry || r.score != c.score || r.tbtMs != c.tbt || r.lcpMs != c.lcp {
			t.Errorf("%s: got %+v retry %v err %v", c.report, r, retry, err)
		}
	}
}
