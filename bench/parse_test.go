//go:build !wasm

package main

import "testing"

func TestParseGoBenchmarks(t *testing.T) {
	out := `goos: linux
goarch: amd64
pkg: qidian-calculator/pricing
BenchmarkQuoteTenLines-2         	   52706	     22610 ns/op	   10928 B/op	     262 allocs/op
BenchmarkAdvisePacks1e10         	 1000000	      1034.5 ns/op
PASS
`
	got := parseGoBenchmarks(out)
	want := []goBenchmark{
		{name: "BenchmarkQuoteTenLines", nsPerOp: 22610, bytesPerOp: 10928, allocsPerOp: 262},
		{name: "BenchmarkAdvisePacks1e10", nsPerOp: 1034.5, bytesPerOp: -1, allocsPerOp: -1},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestMedianPerBenchmark(t *testing.T) {
	out := `BenchmarkA 10 300 ns/op
BenchmarkA 10 100 ns/op
BenchmarkB 10 7 ns/op
BenchmarkA 10 200 ns/op
`
	got := medianPerBenchmark(parseGoBenchmarks(out))
	want := []goBenchmark{
		{name: "BenchmarkA", nsPerOp: 200, bytesPerOp: -1, allocsPerOp: -1, runs: 3},
		{name: "BenchmarkB", nsPerOp: 7, bytesPerOp: -1, allocsPerOp: -1, runs: 1},
	}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestParseWrk(t *testing.T) {
	out := `Running 10s test @ http://127.0.0.1:34117/
  2 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    38.94ms   41.83ms 453.40ms   85.86%
    Req/Sec     1.03k   375.48     2.54k    85.00%
  6181 requests in 3.18s, 65.26MB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 7
Requests/sec:   1946.48
Transfer/sec:     20.55MB
`
	r, err := parseWrk(out)
	if err != nil {
		t.Fatal(err)
	}
	if r.requestsPerSecond != 1946.48 || r.latency != "38.94ms" || r.transfer != "20.55MB" || r.errors() != 12 {
		t.Errorf("got %+v (errors %d), want 1946.48 req/s, 38.94ms, 20.55MB, 12 errors", r, r.errors())
	}
	if _, err := parseWrk("unable to connect to 127.0.0.1:9 Connection refused"); err == nil {
		t.Error("no error for output without Requests/sec")
	}
}

func TestMedianAndPercentile(t *testing.T) {
	xs := []float64{5, 1, 4, 2, 3}
	if got := median(xs); got != 3 {
		t.Errorf("median = %v, want 3", got)
	}
	if got := median([]float64{4, 1, 3, 2}); got != 2.5 {
		t.Errorf("median of four = %v, want 2.5", got)
	}
	var hundred []float64
	for i := 100; i >= 1; i-- {
		hundred = append(hundred, float64(i))
	}
	for _, c := range []struct{ p, want float64 }{{95, 95}, {100, 100}, {0, 1}, {50, 50}} {
		if got := percentile(hundred, c.p); got != c.want {
			t.Errorf("p%v = %v, want %v", c.p, got, c.want)
		}
	}
}

func TestGrouped(t *testing.T) {
	for _, c := range []struct {
		in   int64
		want string
	}{{0, "0"}, {999, "999"}, {1000, "1,000"}, {1550459, "1,550,459"}, {-12345, "-12,345"}} {
		if got := grouped(c.in); got != c.want {
			t.Errorf("grouped(%d) = %q, want %q", c.in, got, c.want)
		}
	}
}
