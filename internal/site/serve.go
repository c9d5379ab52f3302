package site

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

// DefaultMaxConns bounds open connections when ServeConfig leaves it 0. A
// browser opens up to six to an origin; a slow reader of app.wasm holds
// about 100 kB, so the bound also bounds the server's memory.
const DefaultMaxConns = 1024

// writeTimeout is the longest a response may take: enough for the 7 MB
// uncompressed app.wasm at about 60 kB/s. A shutdown waits as long, so a
// deploy never cuts a download that was allowed to finish.
const writeTimeout = 2 * time.Minute

// ServeConfig is what a running server needs.
type ServeConfig struct {
	Addr     string    // host:port to listen on
	MaxConns int       // open connections at most; 0 means DefaultMaxConns
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
	ln, err := listen(c.Addr, c.MaxConns)
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
	return serveUntil(ctx, stop, ln, newHTTPServer(s), c.Out)
}

// serveDemo serves the example host page on c.EmbedDemoAddr until ctx is
// done; the returned channel closes once it has shut down.
func serveDemo(ctx context.Context, c ServeConfig, calculatorURL string) (<-chan struct{}, error) {
	h, err := DemoHandler(calculatorURL)
	if err != nil {
		return nil, err
	}
	ln, err := listen(c.EmbedDemoAddr, c.MaxConns)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(c.Out, "embed demo: http://%s/ frames %s (allow it with -embed-origins http://%s)\n", ln.Addr(), calculatorURL, ln.Addr())
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := serveUntil(ctx, func() {}, ln, newHTTPServer(h), io.Discard); err != nil {
			fmt.Fprintln(c.Out, "embed demo:", err)
		}
	}()
	return done, nil
}

// listen opens addr with at most maxConns connections open at once.
func listen(addr string, maxConns int) (net.Listener, error) {
	if maxConns < 0 {
		return nil, fmt.Errorf("bad -max-conns %d: want a positive number", maxConns)
	}
	if maxConns == 0 {
		maxConns = DefaultMaxConns
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	return newLimitListener(ln, maxConns), nil
}

// withShutdownGrace is context.WithTimeout; a test reads the grace here.
var withShutdownGrace = context.WithTimeout

// serveUntil serves on ln until ctx is done, then lets every response in
// flight finish within the write timeout; stop ends the signal
// notification, so a second signal kills at once.
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
	ctx, cancel := withShutdownGrace(context.Background(), srv.WriteTimeout)
	defer cancel()
	return srv.Shutdown(ctx)
}

// newHTTPServer sets every limit on purpose: the site only answers GETs
// for files of a few megabytes, so anything slow or large is an abuse.
func newHTTPServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler: h,
		// Slowloris: a client gets 5s to send its headers.
		ReadHeaderTimeout: 5 * time.Second,
		// Requests have no body worth waiting for.
		ReadTimeout:  10 * time.Second,
		WriteTimeout: writeTimeout,
		IdleTimeout:  2 * time.Minute,
		// Browsers send a few kB of headers; 64 kB leaves room for cookies
		// set by other apps on the same host.
		MaxHeaderBytes: 64 << 10,
		// net/http answers "OPTIONS *" itself, without our headers.
		DisableGeneralOptionsHandler: true,
	}
}

// limitListener keeps at most cap(slots) connections open: Accept waits
// for one to close, and clients beyond the bound wait in the kernel's
// backlog instead of costing the server memory.
type limitListener struct {
	net.Listener
	slots     chan struct{}
	closed    chan struct{}
	closeOnce sync.Once
}

func newLimitListener(ln net.Listener, n int) *limitListener {
	return &limitListener{Listener: ln, slots: make(chan struct{}, n), closed: make(chan struct{})}
}

func (l *limitListener) Accept() (net.Conn, error) {
	select {
	case l.slots <- struct{}{}:
	case <-l.closed:
		return nil, net.ErrClosed
	}
	c, err := l.Listener.Accept()
	if err != nil {
		<-l.slots
		return nil, err
	}
	return &limitedConn{Conn: c, release: sync.OnceFunc(func() { <-l.slots })}, nil
}

func (l *limitListener) Close() error {
	l.closeOnce.Do(func() { close(l.closed) })
	return l.Listener.Close()
}

// limitedConn gives its slot back when closed, once.
type limitedConn struct {
	net.Conn
	release func()
}

func (c *limitedConn) Close() error {
	err := c.Conn.Close()
	c.release()
	return err
}
