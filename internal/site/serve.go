package site

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// ServeConfig is what a running server needs.
type ServeConfig struct {
	Addr     string    // host:port to listen on
	MaxConns int       // open connections at most; 0 means DefaultMaxConns()
	Out      io.Writer // where the server says where it listens
	// EmbedDemoAddr, if set, is where a second listener serves the example
	// host page (DemoHandler) framing this site: another origin, for a
	// test or a try with make run. Never set in production.
	EmbedDemoAddr string
}

// Serve serves s until SIGINT or SIGTERM, then shuts down gracefully. It
// prints "serving http://ADDR/ (version V)" once it listens: the e2e tests
// and the bench read the address from that line.
func Serve(s *Site, c ServeConfig) error {
	ln, err := listen(c.Addr, c.MaxConns, s.headers)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.Out, "serving http://%s/ (version %s)\n", ln.Addr(), s.Version())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if c.EmbedDemoAddr != "" {
		demo, err := serveDemo(ctx, c, "http://"+ln.Addr().String()+"/")
		if err != nil {
			ln.Close()
			return err
		}
		defer func() { <-demo }()
	}
	return serveUntil(ctx, stop, ln, newHTTPServer(s, ln), c.Out)
}

// serveDemo serves the example host page on c.EmbedDemoAddr until ctx is
// done; the returned channel closes once it has shut down.
func serveDemo(ctx context.Context, c ServeConfig, calculatorURL string) (<-chan struct{}, error) {
	h, err := DemoHandler(calculatorURL)
	if err != nil {
		return nil, err
	}
	ln, err := listen(c.EmbedDemoAddr, demoMaxConns, nil)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(c.Out, "embed demo: http://%s/ frames %s (allow it with -embed-origins http://%s)\n", ln.Addr(), calculatorURL, ln.Addr())
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := serveUntil(ctx, func() {}, ln, newHTTPServer(h, ln), io.Discard); err != nil {
			fmt.Fprintln(c.Out, "embed demo:", err)
		}
	}()
	return done, nil
}

// demoMaxConns bounds the embed demo's connections, a page for trials.
const demoMaxConns = 64

// listen opens addr with at most maxConns connections open at once (0 for
// DefaultMaxConns), each held to defaultConnPolicy; errorHeaders are added
// to net/http's own error responses.
func listen(addr string, maxConns int, errorHeaders http.Header) (*connListener, error) {
	allowed := DefaultMaxConns()
	switch {
	case maxConns < 0:
		return nil, fmt.Errorf("bad -max-conns %d: want a positive number", maxConns)
	case maxConns > allowed:
		return nil, fmt.Errorf("bad -max-conns %d: the file-descriptor limit (ulimit -n %d) allows %d; raise the limit or leave -max-conns out", maxConns, fdLimit(), allowed)
	case maxConns == 0:
		maxConns = allowed
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	return newConnListener(ln, maxConns, defaultConnPolicy, errorHeaders), nil
}

// withShutdownGrace is context.WithTimeout; a test reads the grace here.
var withShutdownGrace = context.WithTimeout

// serveUntil serves on ln until ctx is done, then lets every response in
// flight finish within the longest time a response may take; stop ends
// the signal notification, so a second signal kills at once.
func serveUntil(ctx context.Context, stop func(), ln net.Listener, srv *http.Server, out io.Writer) error {
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	stop()
	fmt.Fprintln(out, "shutting down")
	ctx, cancel := withShutdownGrace(context.Background(), defaultConnPolicy.maxResponseTime)
	defer cancel()
	return srv.Shutdown(ctx)
}

// newHTTPServer sets every limit on purpose: the site only answers GETs
// for files of a few megabytes, so anything slow or large is an abuse.
// ln, from listen, bounds idle connections and slow readers.
func newHTTPServer(h http.Handler, ln *connListener) *http.Server {
	return &http.Server{
		Handler: h,
		// Slowloris: a client gets 5s to send its headers.
		ReadHeaderTimeout: 5 * time.Second,
		// Requests have no body worth waiting for.
		ReadTimeout: 10 * time.Second,
		// No WriteTimeout: ln's connections set their write deadlines
		// from the minimum rate, and a second deadline would undo theirs.
		IdleTimeout: ln.policy.idleTimeout,
		ConnState:   ln.connState,
		// Browsers send a few kB of headers; 64 kB leaves room for cookies
		// set by other apps on the same host.
		MaxHeaderBytes: 64 << 10,
		// net/http answers "OPTIONS *" itself, without our headers.
		DisableGeneralOptionsHandler: true,
	}
}
