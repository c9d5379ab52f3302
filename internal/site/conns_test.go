package site

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"
)

// net/http answers some malformed requests itself, before any handler:
// those answers carry the same security headers as every other, and are
// never cached.
func TestNetHTTPErrorsGetTheSecurityHeaders(t *testing.T) {
	s := newTestSite(t)
	addr := startServer(t, s, 0)
	for _, tt := range []struct {
		name, request string
		status        int
	}{
		{"bad request line", "NOT A REQUEST\r\n\r\n", http.StatusBadRequest},
		{"bad header", "GET / HTTP/1.1\r\nHost: example.test\r\nBad Header\r\n\r\n", http.StatusBadRequest},
		{"no Host", "GET / HTTP/1.1\r\n\r\n", http.StatusBadRequest},
		{"headers too large", "GET / HTTP/1.1\r\nHost: example.test\r\nX-Big: " + strings.Repeat("a", 100<<10) + "\r\n\r\n", http.StatusRequestHeaderFieldsTooLarge},
		{"unknown transfer coding", "GET / HTTP/1.1\r\nHost: example.test\r\nTransfer-Encoding: gzip\r\n\r\n", http.StatusNotImplemented},
		{"HTTP/9.9", "GET / HTTP/9.9\r\nHost: example.test\r\n\r\n", http.StatusHTTPVersionNotSupported},
	} {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		go io.WriteString(conn, tt.request) // the server may answer before reading it all
		res, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		b, _ := io.ReadAll(res.Body)
		if res.StatusCode != tt.status {
			t.Errorf("%s: %d, want %d", tt.name, res.StatusCode, tt.status)
		}
		for k := range s.headers {
			if got, want := res.Header.Get(k), s.headers.Get(k); got != want {
				t.Errorf("%s: %d with %s %q, want %q", tt.name, res.StatusCode, k, got, want)
			}
		}
		if cc := res.Header.Get("Cache-Control"); cc != "no-store" {
			t.Errorf("%s: Cache-Control %q, want no-store", tt.name, cc)
		}
		if len(b) == 0 || bytes.Contains(b, []byte("\r\n")) {
			t.Errorf("%s: body %q, want net/http's message alone", tt.name, b)
		}
	}
}

// serveWithPolicy serves h on a loopback listener holding its connections
// to policy, until the test ends.
func serveWithPolicy(t *testing.T, h http.Handler, maxConns int, policy connPolicy) string {
	t.Helper()
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln := newConnListener(inner, maxConns, policy, nil)
	srv := newHTTPServer(h, ln)
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return inner.Addr().String()
}

// A reader slower than the minimum rate is dropped once its grace is
// over, while one that keeps up gets the whole response.
func TestSlowReaderIsDropped(t *testing.T) {
	policy := defaultConnPolicy
	policy.grace, policy.minRate = 200*time.Millisecond, 1<<20
	file := bytes.Repeat([]byte("app.wasm "), 4<<20)
	failed := make(chan error, 2)
	addr := serveWithPolicy(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", fmt.Sprint(len(file)))
		if _, err := w.Write(file); err != nil {
			failed <- err
		}
	}), 10, policy)

	stalled, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer stalled.Close()
	fmt.Fprintf(stalled, "GET /app.wasm HTTP/1.1\r\nHost: example.test\r\n\r\n")

	res, err := http.Get("http://" + addr + "/app.wasm")
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(res.Body)
	res.Body.Close()
	if err != nil || !bytes.Equal(b, file) {
		t.Errorf("a reader that keeps up got %d of %d bytes: %v", len(b), len(file), err)
	}
	// Bounds the wait only: the stalled reader is due within seconds.
	select {
	case err := <-failed:
		if !errors.Is(err, os.ErrDeadlineExceeded) && !errors.Is(err, net.ErrClosed) {
			t.Errorf("the stalled reader's response ended with %v, want its deadline or the connection closed", err)
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("a reader that reads nothing still holds its connection")
	}
}

// A connection waiting for a request is closed after the idle timeout,
// which shrinks as the server fills: from idleTimeout up to half the bound
// to minIdleTimeout at the bound.
func TestIdleConnectionsCloseSoonerWhenFull(t *testing.T) {
	policy := defaultConnPolicy
	policy.idleTimeout, policy.minIdleTimeout, policy.reapEvery = 40*time.Second, 200*time.Millisecond, 20*time.Millisecond
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln := newConnListener(inner, 4, policy, nil)
	defer ln.Close()
	for open, want := range []time.Duration{40 * time.Second, 40 * time.Second, 40 * time.Second, 20*time.Second + 100*time.Millisecond, 200 * time.Millisecond} {
		for len(ln.slots) < open {
			ln.slots <- struct{}{}
		}
		if got := ln.idleTimeout(); got != want {
			t.Errorf("%d of 4 open: idle timeout %v, want %v", open, got, want)
		}
	}
	// With three slots taken, the fourth connection, at the bound, may
	// wait for a request only minIdleTimeout.
	<-ln.slots
	go func() {
		c, err := ln.Accept()
		if err == nil {
			defer c.Close()
			c.Read(make([]byte, 1))
		}
	}()
	c, err := net.Dial("tcp", inner.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetReadDeadline(time.Now().Add(policy.idleTimeout / 2))
	if _, err := c.Read(make([]byte, 1)); err != io.EOF {
		t.Errorf("a connection idle at the bound: %v, want it closed by the server", err)
	}
}
