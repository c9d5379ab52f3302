package site

import (
	"bufio"
	"bytes"
	"context"
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

// startServer runs h as Serve does (same limits, same listener), until the
// test ends.
func startServer(t *testing.T, h http.Handler, maxConns int) string {
	t.Helper()
	var errorHeaders http.Header
	if s, ok := h.(*Site); ok {
		errorHeaders = s.headers
	}
	ln, err := listen("127.0.0.1:0", maxConns, errorHeaders)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serveUntil(ctx, cancel, ln, newHTTPServer(h, ln), io.Discard) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	})
	return ln.Addr().String()
}

// rawRequest sends a request line as written and returns the response.
func rawRequest(t *testing.T, addr, requestLine string) *http.Response {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	fmt.Fprintf(conn, "%s\r\nHost: example.test\r\nConnection: close\r\n\r\n", requestLine)
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("%s: %v", requestLine, err)
	}
	return res
}

// Every method reaches our handler, "OPTIONS *" included (net/http would
// answer it itself), and gets the same security headers.
func TestEveryMethodGetsTheSecurityHeaders(t *testing.T) {
	addr := startServer(t, newTestSite(t), 0)
	for _, line := range []string{
		"OPTIONS * HTTP/1.1",
		"OPTIONS / HTTP/1.1",
		"TRACE / HTTP/1.1",
		"CONNECT example.test:443 HTTP/1.1",
		"PROPFIND /web/ HTTP/1.1",
		"BREW /pot HTTP/1.1",
		"DELETE /web/app.wasm HTTP/1.1",
	} {
		res := rawRequest(t, addr, line)
		if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s: %d, Allow %q; want 405 GET, HEAD", line, res.StatusCode, res.Header.Get("Allow"))
		}
		for _, k := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Resource-Policy"} {
			if res.Header.Get(k) == "" {
				t.Errorf("%s: no %s", line, k)
			}
		}
	}
}

// The server names no software nor version in any answer, its own 400s
// for malformed requests included.
func TestNoVersionAnywhere(t *testing.T) {
	s := newTestSite(t)
	addr := startServer(t, s, 0)
	for _, line := range []string{
		"GET / HTTP/1.1",
		"GET /web/app.wasm HTTP/1.1",
		"GET /nope HTTP/1.1",
		"POST / HTTP/1.1",
		"GET /%zz HTTP/1.1",
		"GET / HTTP/9.9",
		"NOT A REQUEST",
	} {
		res := rawRequest(t, addr, line)
		b, _ := io.ReadAll(res.Body)
		if res.Header.Get("Server") != "" {
			t.Errorf("%s: Server %q", line, res.Header.Get("Server"))
		}
		for k, vs := range res.Header {
			for _, v := range vs {
				if strings.Contains(strings.ToLower(v), "go1.") || strings.Contains(v, "Go-http") {
					t.Errorf("%s: %s: %s", line, k, v)
				}
			}
		}
		if bytes.Contains(b, []byte("go1.")) {
			t.Errorf("%s: body names a Go version", line)
		}
	}
}

// A deploy (SIGTERM) lets a download in flight finish: the shutdown waits
// as long as a response may take.
func TestShutdownLetsADownloadFinish(t *testing.T) {
	var grace time.Duration
	withShutdownGrace = func(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
		grace = d
		return context.WithTimeout(ctx, d)
	}
	defer func() { withShutdownGrace = context.WithTimeout }()

	file := bytes.Repeat([]byte("app.wasm "), 1<<16)
	started, release := make(chan struct{}), make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", fmt.Sprint(len(file)))
		w.Write(file[:len(file)/2])
		http.NewResponseController(w).Flush()
		close(started)
		<-release
		w.Write(file[len(file)/2:])
	})
	ln, err := listen("127.0.0.1:0", 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := newHTTPServer(h, ln)
	ctx, cancel := context.WithCancel(context.Background())
	shuttingDown := &signalWriter{line: "shutting down", seen: make(chan struct{})}
	done := make(chan error, 1)
	go func() { done <- serveUntil(ctx, cancel, ln, srv, shuttingDown) }()

	got := make(chan []byte, 1)
	go func() {
		res, err := http.Get("http://" + ln.Addr().String() + "/app.wasm")
		if err != nil {
			got <- nil
			return
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		got <- b
	}()
	<-started
	cancel() // as SIGTERM does
	<-shuttingDown.seen
	close(release)
	if b := <-got; !bytes.Equal(b, file) {
		t.Errorf("the download was cut at %d of %d bytes", len(b), len(file))
	}
	if err := <-done; err != nil {
		t.Errorf("shutdown: %v", err)
	}
	if grace < ln.policy.maxResponseTime || srv.WriteTimeout != 0 {
		t.Errorf("shutdown grace %v, longest response %v, write timeout %v: a download the server allows could be cut", grace, ln.policy.maxResponseTime, srv.WriteTimeout)
	}
}

// signalWriter closes seen once line has been written to it.
type signalWriter struct {
	line string
	seen chan struct{}
	buf  strings.Builder
}

func (w *signalWriter) Write(p []byte) (int, error) {
	had := strings.Contains(w.buf.String(), w.line)
	w.buf.Write(p)
	if !had && strings.Contains(w.buf.String(), w.line) {
		close(w.seen)
	}
	return len(p), nil
}

// With a bound of two busy connections, a third is accepted only once one
// of them waits for a request, and that one is closed to make room; the
// busy one is left alone.
func TestConnectionLimit(t *testing.T) {
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln := newConnListener(inner, 2, defaultConnPolicy, nil)
	defer ln.Close()
	dial := func() net.Conn {
		c, err := net.Dial("tcp", inner.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}
	accept := func() <-chan net.Conn {
		ch := make(chan net.Conn, 1)
		go func() {
			c, err := ln.Accept()
			if err != nil {
				t.Error(err)
			}
			ch <- c
		}()
		return ch
	}
	firstClient, secondClient := dial(), dial()
	dial()
	first, second := <-accept(), <-accept()
	// As net/http reports them: both have read a request.
	ln.connState(first, http.StateActive)
	ln.connState(second, http.StateActive)
	if len(ln.slots) != 2 {
		t.Fatalf("two connections open hold %d slots of 2", len(ln.slots))
	}
	third := accept() // waits: both are busy
	ln.connState(first, http.StateIdle)
	(<-third).Close()
	if _, err := firstClient.Read(make([]byte, 1)); err == nil {
		t.Error("the connection waiting for a request was not closed to make room")
	}
	first.Close() // net/http closes it too: no second slot comes back
	secondClient.SetReadDeadline(time.Now())
	if _, err := secondClient.Read(make([]byte, 1)); !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Errorf("the busy connection was closed: %v", err)
	}
	second.Close()
	if len(ln.slots) != 0 {
		t.Errorf("all connections closed, %d slots still held", len(ln.slots))
	}
	for _, n := range []int{-1, DefaultMaxConns() + 1} {
		if _, err := listen("127.0.0.1:0", n, nil); err == nil || !strings.Contains(err.Error(), "-max-conns") {
			t.Errorf("listen with -max-conns %d: %v, want an error naming the flag", n, err)
		}
	}
}

// Every response names its length, compressed ones included, and a HEAD
// names the same headers as the GET it stands for: net/http would send a
// compressed body without a length (chunked when large, and a HEAD
// without any).
func TestCompressedResponsesHaveALength(t *testing.T) {
	s := newTestSite(t)
	addr := startServer(t, s, 0)
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	defer client.CloseIdleConnections()
	for _, target := range []string{"/", "/app.js", "/web/app.css", "/web/print.css", "/web/icons/icon.svg", "/web/app.wasm", "/web/icons/icon-192.png"} {
		for _, accept := range []string{"br", "gzip", ""} {
			res := map[string]*http.Response{}
			var got []byte
			for _, method := range []string{http.MethodGet, http.MethodHead} {
				req, _ := http.NewRequest(method, "http://"+addr+target, nil)
				req.Header.Set("Accept-Encoding", accept)
				r, err := client.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				b, err := io.ReadAll(r.Body)
				r.Body.Close()
				if err != nil {
					t.Fatal(err)
				}
				if method == http.MethodGet {
					got = b
				}
				res[method] = r
			}
			get, head := res[http.MethodGet], res[http.MethodHead]
			if get.ContentLength != int64(len(got)) || len(get.TransferEncoding) > 0 {
				t.Errorf("GET %s (%q): Content-Length %d, Transfer-Encoding %q for a %d-byte body", target, accept, get.ContentLength, get.TransferEncoding, len(got))
			}
			for _, k := range []string{"Content-Length", "Content-Encoding", "Content-Type", "ETag"} {
				if g, h := get.Header.Get(k), head.Header.Get(k); g != h {
					t.Errorf("HEAD %s (%q): %s %q, GET has %q", target, accept, k, h, g)
				}
			}
		}
	}
}

// RFC 9112 section 6.1: a request with both Content-Length and
// Transfer-Encoding is answered and its connection closed, so nothing
// smuggled after it is read as a request.
func TestContentLengthWithTransferEncodingClosesTheConnection(t *testing.T) {
	addr := startServer(t, newTestSite(t), 0)
	for _, method := range []string{"GET", "HEAD", "POST"} {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		fmt.Fprintf(conn, "%s / HTTP/1.1\r\nHost: example.test\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", method)
		br := bufio.NewReader(conn)
		res, err := http.ReadResponse(br, &http.Request{Method: method})
		if err != nil {
			t.Fatalf("%s: %v", method, err)
		}
		io.Copy(io.Discard, res.Body)
		if !res.Close {
			t.Errorf("%s with Content-Length and Transfer-Encoding: %d without Connection: close", method, res.StatusCode)
		}
		// A second request on the same connection must find it closed.
		fmt.Fprintf(conn, "GET /web/app.css HTTP/1.1\r\nHost: example.test\r\n\r\n")
		if res, err := http.ReadResponse(br, nil); err == nil {
			t.Errorf("%s with Content-Length and Transfer-Encoding: the connection stayed open and answered %d to the next request", method, res.StatusCode)
		}
	}
}
