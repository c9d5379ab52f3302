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

// ListenAndServe serves s on addr until SIGINT or SIGTERM, then shuts down
// gracefully. It prints "serving http://ADDR/ (version V)" to out once it
// listens: the e2e tests and the bench read the address from that line.
func ListenAndServe(addr string, s *Site, out io.Writer) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "serving http://%s/ (version %s)\n", ln.Addr(), s.Version())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serveUntil(ctx, stop, ln, newHTTPServer(s), out)
}

// serveUntil serves on ln until ctx is done; stop ends the signal
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
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
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
		ReadTimeout: 10 * time.Second,
		// Enough for the 7 MB uncompressed app.wasm at about 60 kB/s.
		WriteTimeout: 2 * time.Minute,
		IdleTimeout:  2 * time.Minute,
		// Browsers send a few kB of headers; 64 kB leaves room for cookies
		// set by other apps on the same host.
		MaxHeaderBytes: 64 << 10,
	}
}
