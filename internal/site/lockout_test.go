//go:build unix

package site

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"qidian-calculator/internal/compress"
)

// The attack of issue 33 against the real server: 3,000 keep-alive
// connections that ask for a page every 20 s and idle in between, and
// 1,000 readers of app.wasm that take 16 bytes a second, each reconnecting
// whenever the server drops it. For 3 minutes a separate visitor must get
// the page on a new connection within 1 s, every second, and a visitor
// downloading the 8 MB app.wasm at 50 kB/s must get all of it.
func TestAttackersDoNotLockVisitorsOut(t *testing.T) {
	if testing.Short() {
		t.Skip("holds 4,000 connections for 3 minutes; not with -short")
	}
	const (
		idlers, slowReaders = 3000, 1000
		attack              = 3 * time.Minute
		checks              = int(attack / time.Second)
		slowDownloadRate    = 50_000 // bytes a second
	)
	// Both ends of every connection are in this process.
	needFiles(t, 2*(idlers+slowReaders)+1000)
	wasm := make([]byte, 8_167_546)
	rng := rand.NewChaCha8([32]byte{33})
	rng.Read(wasm)
	dir := writeWebDir(t)
	write(t, filepath.Join(dir, "app.wasm"), wasm)
	for _, e := range compress.Encodings {
		os.Remove(filepath.Join(dir, "app.wasm"+e.Suffix))
	}
	s, err := New(Config{WebDir: dir, Pages: testPages})
	if err != nil {
		t.Fatal(err)
	}
	addr := startServer(t, s, 0)

	// Registered after startServer, so the attackers stop before the
	// server shuts down.
	ctx, cancel := context.WithCancel(context.Background())
	var attackers sync.WaitGroup
	t.Cleanup(func() {
		cancel()
		attackers.Wait()
	})
	var heldIdle, heldSlow, dropped atomic.Int64
	// The idlers a hundred at a time: the test is of connections held,
	// not of a burst of new ones overflowing the kernel's backlog. The
	// slow readers over 20 s, so that they are not all dropped, and do
	// not all ask again, in the same second: over loopback each new
	// request costs the server half a megabyte of copying at once, which
	// no client across a network could take that fast.
	for i := range idlers {
		if i%100 == 0 {
			time.Sleep(50 * time.Millisecond)
		}
		attackers.Go(func() { holdIdle(ctx, addr, &heldIdle) })
	}
	for range slowReaders {
		time.Sleep(20 * time.Millisecond)
		attackers.Go(func() { readSlowly(ctx, addr, &heldSlow, &dropped) })
	}
	// Bounds the wait only; a server that cannot take them all is
	// judged by the visitor below.
	for range 600 {
		if heldIdle.Load() == idlers && heldSlow.Load() == slowReaders {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}

	download := make(chan error, 1)
	go func() { download <- downloadAt(ctx, addr, slowDownloadRate, wasm) }()

	visitor := &http.Client{Timeout: time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	peakIdle, peakSlow := int64(0), int64(0)
	failures := 0
	start := time.Now()
	for i := range checks {
		time.Sleep(time.Until(start.Add(time.Duration(i) * time.Second)))
		idle, slow := heldIdle.Load(), heldSlow.Load()
		peakIdle, peakSlow = max(peakIdle, idle), max(peakSlow, slow)
		began := time.Now()
		res, err := visitor.Get("http://" + addr + "/")
		if err == nil {
			_, err = io.Copy(io.Discard, res.Body)
			res.Body.Close()
		}
		took := time.Since(began)
		if err != nil || res.StatusCode != http.StatusOK || took > time.Second {
			failures++
			load, _ := os.ReadFile("/proc/loadavg")
			t.Errorf("second %d, %d idle and %d slow attackers held: the visitor's GET / took %v: %v (load average %s)", i, idle, slow, took, err, bytes.TrimSpace(load))
			if failures == 3 {
				t.FailNow()
			}
		}
		if i%30 == 0 {
			t.Logf("second %d: %d idle and %d slow attackers held, slow ones dropped %d times; GET / took %v", i, idle, slow, dropped.Load(), took)
		}
	}
	if err := <-download; err != nil {
		t.Errorf("the 50 kB/s download of app.wasm: %v", err)
	}
	// Without them held, the test proves nothing.
	if peakIdle < idlers || peakSlow < slowReaders {
		t.Errorf("the attackers held at most %d idle and %d slow connections, want %d and %d", peakIdle, peakSlow, idlers, slowReaders)
	}
	// A reader of 16 bytes a second is far below the minimum rate: each
	// is dropped at least once in the 3 minutes.
	if n := dropped.Load(); n < slowReaders {
		t.Errorf("slow readers were dropped %d times, want each of the %d dropped", n, slowReaders)
	}
}

// needFiles raises the soft limit on open files to n, or skips the test if
// the hard limit is lower.
func needFiles(t *testing.T, n uint64) {
	t.Helper()
	var r syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &r); err != nil {
		t.Skipf("cannot read the open-file limit: %v", err)
	}
	if r.Cur >= n {
		return
	}
	if r.Max < n {
		t.Skipf("needs %d open files; the hard limit is %d (raise it: ulimit -Hn %d)", n, r.Max, n)
	}
	old := r
	r.Cur = n
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &r); err != nil {
		t.Skipf("cannot raise the open-file limit to %d: %v", n, err)
	}
	t.Cleanup(func() { syscall.Setrlimit(syscall.RLIMIT_NOFILE, &old) })
}

// attackConn dials addr and closes the connection when ctx ends.
func attackConn(ctx context.Context, addr string) (net.Conn, func(), error) {
	var d net.Dialer
	c, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, nil, err
	}
	stop := context.AfterFunc(ctx, func() { c.Close() })
	return c, func() { stop(); c.Close() }, nil
}

// pause waits d or until ctx ends, reporting whether ctx ended.
func pause(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return true
	case <-t.C:
		return false
	}
}

// holdIdle keeps a keep-alive connection open with a HEAD every 20 s,
// reconnecting when the server closes it; held counts it while it is.
func holdIdle(ctx context.Context, addr string, held *atomic.Int64) {
	for ctx.Err() == nil {
		c, closeConn, err := attackConn(ctx, addr)
		if err != nil {
			pause(ctx, time.Second)
			continue
		}
		br := bufio.NewReader(c)
		counted := false
		for ctx.Err() == nil {
			c.SetDeadline(time.Now().Add(30 * time.Second))
			if _, err := io.WriteString(c, "HEAD / HTTP/1.1\r\nHost: example.test\r\n\r\n"); err != nil {
				break
			}
			res, err := http.ReadResponse(br, &http.Request{Method: http.MethodHead})
			if err != nil {
				break
			}
			res.Body.Close()
			if !counted {
				counted = true
				held.Add(1)
			}
			if pause(ctx, 20*time.Second) {
				break
			}
		}
		if counted {
			held.Add(-1)
		}
		closeConn()
	}
}

// readSlowly asks for app.wasm and reads 16 bytes a second (64 every 4
// s, sparing the test's own scheduler a thousand wake-ups a second),
// reconnecting when the server drops it; held counts it while it is
// connected, dropped counts the server's resets.
func readSlowly(ctx context.Context, addr string, held, dropped *atomic.Int64) {
	buf := make([]byte, 64)
	for ctx.Err() == nil {
		c, closeConn, err := attackConn(ctx, addr)
		if err != nil {
			pause(ctx, time.Second)
			continue
		}
		counted := false
		c.SetDeadline(time.Now().Add(30 * time.Second))
		if _, err := io.WriteString(c, "GET /web/app.wasm HTTP/1.1\r\nHost: example.test\r\n\r\n"); err == nil {
			for ctx.Err() == nil {
				c.SetDeadline(time.Now().Add(30 * time.Second))
				_, err := c.Read(buf)
				// The bytes the kernel holds would come first, for hours
				// at this rate: a reset is seen on the socket at once.
				if reset := wasReset(c) || errors.Is(err, syscall.ECONNRESET); reset || err != nil {
					if reset && ctx.Err() == nil {
						dropped.Add(1)
					}
					break
				}
				if !counted {
					counted = true
					held.Add(1)
				}
				if pause(ctx, 4*time.Second) {
					break
				}
			}
		}
		if counted {
			held.Add(-1)
		}
		closeConn()
	}
}

// wasReset reports whether the server reset c.
func wasReset(c net.Conn) bool {
	raw, err := c.(syscall.Conn).SyscallConn()
	if err != nil {
		return false
	}
	soErr := 0
	raw.Control(func(fd uintptr) {
		soErr, _ = syscall.GetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_ERROR)
	})
	return soErr == int(syscall.ECONNRESET)
}

// downloadAt gets app.wasm reading at most rate bytes a second and checks
// it is all there.
func downloadAt(ctx context.Context, addr string, rate int, want []byte) error {
	c, closeConn, err := attackConn(ctx, addr)
	if err != nil {
		return err
	}
	defer closeConn()
	if _, err := io.WriteString(c, "GET /web/app.wasm HTTP/1.1\r\nHost: example.test\r\n\r\n"); err != nil {
		return err
	}
	res, err := http.ReadResponse(bufio.NewReaderSize(c, 4<<10), nil)
	if err != nil {
		return err
	}
	var got bytes.Buffer
	start := time.Now()
	for got.Len() < len(want) {
		allowed := int(time.Since(start).Seconds()*float64(rate)) - got.Len()
		if allowed <= 0 {
			if pause(ctx, 50*time.Millisecond) {
				return ctx.Err()
			}
			continue
		}
		_, err := io.CopyN(&got, res.Body, int64(min(allowed, 4<<10, len(want)-got.Len())))
		if err != nil {
			return fmt.Errorf("got %d of %d bytes in %v: %v", got.Len(), len(want), time.Since(start).Round(time.Second), err)
		}
	}
	if !bytes.Equal(got.Bytes(), want) {
		return fmt.Errorf("the %d bytes differ from app.wasm", got.Len())
	}
	return nil
}
