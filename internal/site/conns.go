package site

import (
	"bytes"
	"container/list"
	"errors"
	"fmt"
	"maps"
	"net"
	"net/http"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// connPolicy bounds what one connection may hold, so that a few thousand
// sockets cannot keep visitors out: the number of connections is bounded
// only by what the machine allows, while waiting and slow reading are
// bounded in time. The README's Deployment section gives the numbers and
// why.
type connPolicy struct {
	// idleTimeout is how long a connection may wait for a request while
	// the server is at most half full; above that the wait shrinks
	// linearly to minIdleTimeout at the bound, and a connection arriving
	// at the bound closes the one that has waited longest.
	idleTimeout, minIdleTimeout time.Duration
	// reapEvery is how often waiting connections are checked.
	reapEvery time.Duration
	// A response may start slowly for grace; from then on it must have
	// been sent at minRate bytes a second on average, and it never takes
	// longer than maxResponseTime.
	grace           time.Duration
	minRate         float64
	maxResponseTime time.Duration
	// sendBuffer is each connection's kernel send buffer (SO_SNDBUF; Linux
	// doubles it), bytes a response may leave with the kernel: the
	// kernel's own tuning grows it to megabytes, which every new request
	// of a slow reader would cost the server in copying and memory.
	sendBuffer int
}

var defaultConnPolicy = connPolicy{
	idleTimeout:     30 * time.Second,
	minIdleTimeout:  2 * time.Second,
	reapEvery:       500 * time.Millisecond,
	grace:           10 * time.Second,
	minRate:         16 << 10,
	maxResponseTime: 5 * time.Minute,
	sendBuffer:      256 << 10,
}

const (
	// reservedFDs are file descriptors kept for what is not a visitor's
	// connection: the listeners, the standard streams, the embed demo.
	reservedFDs = 64
	// maxConnsCeiling bounds connections where the file-descriptor limit
	// is in the millions: each costs the server a goroutine and buffers,
	// some tens of kilobytes, so this keeps them to a few gigabytes.
	maxConnsCeiling = 1 << 16
	// writeChunk is the most written under one deadline, so that a large
	// write is held to the minimum rate as it goes.
	writeChunk = 32 << 10
)

// DefaultMaxConns is the bound on open connections that the process's
// file-descriptor limit allows (Go raises the soft limit to the hard one
// at start), less reservedFDs, at most maxConnsCeiling.
func DefaultMaxConns() int {
	return maxConnsFor(fdLimit())
}

func maxConnsFor(fds uint64) int {
	if fds <= 2*reservedFDs {
		return max(int(fds)/2, 1)
	}
	return int(min(fds-reservedFDs, maxConnsCeiling))
}

// connListener keeps at most cap(slots) connections open. At the bound,
// Accept first closes the connection that has waited longest for a
// request; only when every connection is busy does it wait, and clients
// beyond the bound wait in the kernel's backlog instead of costing the
// server memory. Its connections enforce the policy's write rate.
type connListener struct {
	net.Listener
	policy connPolicy
	// errorHeaders are added to the error responses net/http writes by
	// itself (400, 431, 501, 505), which never reach a handler.
	errorHeaders []byte

	slots      chan struct{}
	closed     chan struct{}
	closeOnce  sync.Once
	becameIdle chan struct{}

	mu      sync.Mutex
	waiting list.List // of *trackedConn, longest waiting first
	busy    map[*trackedConn]struct{}
}

func newConnListener(ln net.Listener, maxConns int, policy connPolicy, errorHeaders http.Header) *connListener {
	l := &connListener{
		Listener:   ln,
		policy:     policy,
		slots:      make(chan struct{}, maxConns),
		closed:     make(chan struct{}),
		becameIdle: make(chan struct{}, 1),
		busy:       make(map[*trackedConn]struct{}),
	}
	if errorHeaders != nil {
		var b bytes.Buffer
		for _, k := range slices.Sorted(maps.Keys(errorHeaders)) {
			for _, v := range errorHeaders[k] {
				fmt.Fprintf(&b, "%s: %s\r\n", k, v)
			}
		}
		b.WriteString("Cache-Control: no-store\r\n")
		l.errorHeaders = b.Bytes()
	}
	go l.reap()
	return l
}

func (l *connListener) Accept() (net.Conn, error) {
	if err := l.makeRoom(); err != nil {
		return nil, err
	}
	c, err := l.Listener.Accept()
	if err != nil {
		<-l.slots
		return nil, err
	}
	if tcp, ok := c.(*net.TCPConn); ok && l.policy.sendBuffer > 0 {
		tcp.SetWriteBuffer(l.policy.sendBuffer)
	}
	tc := &trackedConn{Conn: c, l: l}
	tc.release = sync.OnceFunc(func() { <-l.slots })
	l.mu.Lock()
	l.startWaiting(tc)
	l.mu.Unlock()
	return tc, nil
}

// makeRoom takes a slot, closing the longest waiting connection if none is
// free, or waits for one to close or to finish its request.
func (l *connListener) makeRoom() error {
	for {
		select {
		case l.slots <- struct{}{}:
			return nil
		case <-l.closed:
			return net.ErrClosed
		default:
		}
		if l.closeWaiting(1, time.Time{}) > 0 {
			continue
		}
		select {
		case l.slots <- struct{}{}:
			return nil
		case <-l.closed:
			return net.ErrClosed
		case <-l.becameIdle:
		}
	}
}

func (l *connListener) Close() error {
	l.closeOnce.Do(func() { close(l.closed) })
	return l.Listener.Close()
}

// connState follows net/http's view of each connection: http.Server's
// ConnState hook.
func (l *connListener) connState(c net.Conn, state http.ConnState) {
	tc, ok := c.(*trackedConn)
	if !ok {
		return
	}
	switch state {
	case http.StateActive:
		tc.startResponse()
		l.mu.Lock()
		l.stopWaiting(tc)
		l.busy[tc] = struct{}{}
		l.mu.Unlock()
	case http.StateIdle:
		l.mu.Lock()
		delete(l.busy, tc)
		l.startWaiting(tc)
		l.mu.Unlock()
		select {
		case l.becameIdle <- struct{}{}:
		default:
		}
	case http.StateClosed, http.StateHijacked:
		l.forget(tc)
	}
}

func (l *connListener) forget(c *trackedConn) {
	l.mu.Lock()
	l.stopWaiting(c)
	delete(l.busy, c)
	l.mu.Unlock()
}

// startWaiting and stopWaiting need l.mu.
func (l *connListener) startWaiting(c *trackedConn) {
	l.stopWaiting(c)
	c.waitingSince = time.Now()
	c.waiting = l.waiting.PushBack(c)
}

func (l *connListener) stopWaiting(c *trackedConn) {
	if c.waiting != nil {
		l.waiting.Remove(c.waiting)
		c.waiting = nil
	}
}

// idleTimeout is how long a connection may wait for a request now: the
// fuller the server, the shorter.
func (l *connListener) idleTimeout() time.Duration {
	p := l.policy
	open, bound := len(l.slots), cap(l.slots)
	half := bound / 2
	if open <= half || bound == half {
		return p.idleTimeout
	}
	fill := float64(open-half) / float64(bound-half)
	return p.idleTimeout - time.Duration(fill*float64(p.idleTimeout-p.minIdleTimeout))
}

// reap closes the connections that have waited longer than idleTimeout,
// and those whose client reads slower than the minimum rate, until the
// listener closes.
func (l *connListener) reap() {
	t := time.NewTicker(l.policy.reapEvery)
	defer t.Stop()
	for {
		select {
		case <-l.closed:
			return
		case now := <-t.C:
			l.closeWaiting(-1, now.Add(-l.idleTimeout()))
			l.closeSlowReaders(now)
		}
	}
}

// closeSlowReaders closes the busy connections whose client has taken
// fewer bytes than the minimum rate asks. A write deadline alone sees only
// what the kernel took: its buffers, megabytes on a fast link, would let a
// client that reads nothing hold on for minutes.
func (l *connListener) closeSlowReaders(now time.Time) {
	l.mu.Lock()
	busy := make([]*trackedConn, 0, len(l.busy))
	for c := range l.busy {
		busy = append(busy, c)
	}
	l.mu.Unlock()
	for _, c := range busy {
		start := time.Unix(0, c.responseStart.Load())
		if now.Before(start.Add(l.policy.grace)) {
			continue
		}
		delivered := c.sent.Load() - unsentBytes(c.Conn)
		if now.After(l.policy.due(start, delivered)) {
			l.forget(c)
			c.abort()
			c.Conn.Close()
			c.release()
		}
	}
}

// due is when a response started at start must have sent n bytes: its
// grace plus the time they take at the minimum rate, and never after its
// longest time.
func (p connPolicy) due(start time.Time, n int64) time.Time {
	atRate := time.Duration(float64(n) / p.minRate * float64(time.Second))
	return start.Add(min(p.grace+atRate, p.maxResponseTime))
}

// closeWaiting closes at most n (all if n < 0) of the connections waiting
// for a request, longest waiting first, that began waiting before cutoff
// (any if cutoff is zero), and gives their slots back at once. It returns
// how many it closed.
func (l *connListener) closeWaiting(n int, cutoff time.Time) int {
	var victims []*trackedConn
	l.mu.Lock()
	for e := l.waiting.Front(); e != nil && n != 0; e = l.waiting.Front() {
		c := e.Value.(*trackedConn)
		if !cutoff.IsZero() && !c.waitingSince.Before(cutoff) {
			break
		}
		l.stopWaiting(c)
		victims = append(victims, c)
		n--
	}
	l.mu.Unlock()
	for _, c := range victims {
		c.Conn.Close()
		c.release()
	}
	return len(victims)
}

// trackedConn is a connection of a connListener: it gives its slot back
// when closed, holds each response to the policy's rate, and adds the
// security headers to net/http's own error responses.
type trackedConn struct {
	net.Conn
	l       *connListener
	release func()

	// Guarded by l.mu.
	waiting      *list.Element
	waitingSince time.Time

	// Set by the connection's goroutine, which net/http runs the ConnState
	// hook and every write on; the reaper reads the first two.
	responseStart atomic.Int64 // in Unix nanoseconds
	sent          atomic.Int64
	firstWrite    bool
}

func (c *trackedConn) Close() error {
	c.l.forget(c)
	err := c.Conn.Close()
	c.release()
	return err
}

// CloseWrite lets net/http half-close after its 431 answer, as it does on
// a bare TCP connection.
func (c *trackedConn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}

// abort makes closing c reset it, throwing away what its client has not
// read: a plain close would leave the kernel sending it for minutes.
func (c *trackedConn) abort() {
	if tcp, ok := c.Conn.(*net.TCPConn); ok {
		tcp.SetLinger(0)
	}
}

// startResponse starts the clock of a response: net/http has read a
// request and what it writes next is the answer.
func (c *trackedConn) startResponse() {
	c.sent.Store(0)
	c.responseStart.Store(time.Now().UnixNano())
	c.firstWrite = true
}

func (c *trackedConn) Write(p []byte) (int, error) {
	if c.responseStart.Load() == 0 {
		c.startResponse()
	}
	if c.firstWrite {
		c.firstWrite = false
		if q := insertErrorHeaders(p, c.l.errorHeaders); q != nil {
			if _, err := c.write(q); err != nil {
				return 0, err
			}
			return len(p), nil
		}
	}
	return c.write(p)
}

// write sends p a chunk at a time, each with the deadline that keeps the
// response at the policy's rate.
func (c *trackedConn) write(p []byte) (int, error) {
	p0 := len(p)
	for len(p) > 0 {
		chunk := p[:min(len(p), writeChunk)]
		start := time.Unix(0, c.responseStart.Load())
		c.Conn.SetWriteDeadline(c.l.policy.due(start, c.sent.Load()+int64(len(chunk))))
		n, err := c.Conn.Write(chunk)
		c.sent.Add(int64(n))
		p = p[n:]
		if errors.Is(err, os.ErrDeadlineExceeded) {
			c.abort()
		}
		if err != nil {
			return p0 - len(p), err
		}
	}
	return p0, nil
}

// insertErrorHeaders returns the response p starts with the headers added
// after its status line, if p is an error response whose whole header
// lies in p and carries no Content-Security-Policy: one net/http wrote by
// itself. Otherwise it returns nil.
func insertErrorHeaders(p, headers []byte) []byte {
	if headers == nil || len(p) < len("HTTP/1.1 400 ") || !bytes.HasPrefix(p, []byte("HTTP/1.")) || p[9] < '4' || p[9] > '5' {
		return nil
	}
	end := bytes.Index(p, []byte("\r\n\r\n"))
	if end < 0 || bytes.Contains(bytes.ToLower(p[:end]), []byte("\r\ncontent-security-policy:")) {
		return nil
	}
	line := bytes.Index(p, []byte("\r\n")) + 2
	return slices.Concat(p[:line], headers, p[line:])
}

// fallbackFDLimit is assumed where the limit cannot be read.
const fallbackFDLimit = 1024
