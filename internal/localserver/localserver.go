//go:build !wasm

// Package localserver runs the built server binary on a free loopback port,
// for the browser tests and the benchmarks: both measure the real binary
// with its real headers and precompressed files.
package localserver

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"sync"
	"syscall"
	"time"
)

// Server is a running bin/qidian-calculator.
type Server struct {
	URL string // e.g. http://127.0.0.1:40123, no trailing slash

	cmd      *exec.Cmd
	done     chan error
	stopOnce sync.Once
	timeout  time.Duration
}

var serving = regexp.MustCompile(`^serving (http://127\.0\.0\.1:\d+)/`)

// Start runs binary in dir (the current directory if empty) serving webDir,
// with any further flags (e.g. -embed-origins). The server prints its
// address once it listens, so nothing is polled; timeout bounds both the
// start and a graceful stop.
func Start(binary, dir, webDir string, timeout time.Duration, flags ...string) (*Server, error) {
	cmd := exec.Command(binary, append([]string{"-addr", "127.0.0.1:0", "-web", webDir}, flags...)...)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w (run make build)", binary, err)
	}
	s := &Server{cmd: cmd, done: make(chan error, 1), timeout: timeout}
	first := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			select {
			case first <- sc.Text():
			default: // later lines ("shutting down") are not needed
			}
		}
		s.done <- cmd.Wait()
	}()
	select {
	case line := <-first:
		m := serving.FindStringSubmatch(line)
		if m == nil {
			s.Stop()
			return nil, fmt.Errorf("server said %q, want %q", line, "serving http://127.0.0.1:PORT/ ...")
		}
		s.URL = m[1]
		return s, nil
	case err := <-s.done:
		s.done <- err // for Stop
		return nil, fmt.Errorf("server exited before serving: %v", err)
	case <-time.After(timeout):
		s.Stop()
		return nil, errors.New("server did not start in " + timeout.String())
	}
}

// Stop ends the server gracefully (SIGTERM), and kills it if it hangs.
func (s *Server) Stop() {
	s.stopOnce.Do(func() {
		_ = s.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-s.done:
		case <-time.After(s.timeout):
			_ = s.cmd.Process.Kill()
			<-s.done
		}
	})
}
