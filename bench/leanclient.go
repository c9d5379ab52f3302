//go:build !wasm

package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"
)

// leanConnections and leanReadSize make a lean client: few connections,
// each read as large as the kernel will fill. If it moves app.wasm no faster
// than wrk does, the bytes, not wrk, set the rate.
const (
	leanConnections = 4
	leanReadSize    = 1 << 20
)

// leanResult is how fast the lean client read one URL.
type leanResult struct {
	requestsPerSecond, bytesPerSecond float64
	errors                            int64
}

// fetchWithLeanClient fetches url for d over leanConnections kept-alive
// connections, reading leanReadSize bytes at a time. wrk reads 8 KiB at a
// time; this client shows whether wrk or the link is what limits a large
// file's rate.
func fetchWithLeanClient(ctx context.Context, url string, d time.Duration) (leanResult, error) {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: leanConnections, DisableCompression: true}}
	defer client.CloseIdleConnections()
	var (
		mu                   sync.Mutex
		requests, body, errs int64
		wg                   sync.WaitGroup
	)
	start := time.Now()
	for range leanConnections {
		wg.Go(func() {
			buf := make([]byte, leanReadSize)
			for ctx.Err() == nil {
				n, err := fetchOnce(ctx, client, url, buf)
				mu.Lock()
				switch {
				case err == nil:
					requests++
					body += n
				case ctx.Err() == nil:
					errs++
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	secs := time.Since(start).Seconds()
	if requests == 0 {
		return leanResult{}, fmt.Errorf("GET %s: no response completed in %s", url, d)
	}
	return leanResult{requestsPerSecond: float64(requests) / secs, bytesPerSecond: float64(body) / secs, errors: errs}, nil
}

// fetchOnce reads one whole response, as a browser asking for brotli gets it.
func fetchOnce(ctx context.Context, client *http.Client, url string, buf []byte) (int64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Accept-Encoding", "br")
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	// Wrapped, so that neither side's own copy loop (io.Discard reads 8 KiB
	// at a time) replaces buf.
	return io.CopyBuffer(struct{ io.Writer }{io.Discard}, struct{ io.Reader }{resp.Body}, buf)
}

func leanClientRow(r leanResult, bodyBytes int64, d time.Duration) row {
	return row{
		figure: fmt.Sprintf("server, app.wasm to a lean Go client instead of wrk: %d connections reading 1 MiB at a time, %d s",
			leanConnections, int(d.Seconds())),
		value: fmt.Sprintf("%s req/s, %.2f GB/s, %s errors (app.wasm is %s B)",
			grouped(int64(r.requestsPerSecond+0.5)), r.bytesPerSecond/1e9, grouped(r.errors), grouped(bodyBytes)),
	}.withTarget(fmt.Sprintf("≥ %g GB/s, 0 errors", minWasmGBps), r.bytesPerSecond/1e9 >= minWasmGBps && r.errors == 0)
}
