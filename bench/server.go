//go:build !wasm

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"sync"
	"syscall"
	"time"
)

// server is a running bin/qidian-calculator: the figures are those of the
// real binary with its real headers and precompressed files.
type server struct {
	cmd      *exec.Cmd
	url      string // e.g. http://127.0.0.1:40123, no trailing slash
	done     chan error
	stopOnce sync.Once
}

var serving = regexp.MustCompile(`^serving (http://127\.0\.0\.1:\d+)/`)

// startServer starts the binary on a free loopback port; it prints its
// address once it listens, so there is nothing to poll.
func startServer(binary, webDir string) (*server, error) {
	cmd := exec.Command(binary, "-addr", "127.0.0.1:0", "-web", webDir)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w (run make build)", binary, err)
	}
	s := &server{cmd: cmd, done: make(chan error, 1)}
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
			s.stop()
			return nil, fmt.Errorf("server said %q, want %q", line, "serving http://127.0.0.1:PORT/ ...")
		}
		s.url = m[1]
		return s, nil
	case err := <-s.done:
		return nil, fmt.Errorf("server exited before serving: %v", err)
	case <-time.After(30 * time.Second):
		s.stop()
		return nil, errors.New("server did not start in 30s")
	}
}

// stop ends the server gracefully (SIGTERM), and kills it if it hangs.
func (s *server) stop() {
	s.stopOnce.Do(func() {
		_ = s.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-s.done:
		case <-time.After(15 * time.Second):
			_ = s.cmd.Process.Kill()
			<-s.done
		}
	})
}

// wasmInAppJS is where go-app's loader fetches app.wasm; the server puts the
// build's version into that URL.
var wasmInAppJS = regexp.MustCompile(`fetchWithProgress\(\s*"([^"]*app\.wasm)"`)

// wasmPath returns the versioned URL path of app.wasm, read from app.js as
// the browser reads it.
func (s *server) wasmPath() (string, error) {
	body, _, err := s.get("/app.js", "")
	if err != nil {
		return "", err
	}
	m := wasmInAppJS.FindSubmatch(body)
	if m == nil {
		return "", errors.New("app.js names no app.wasm URL (fetchWithProgress(\"…app.wasm\"))")
	}
	return string(m[1]), nil
}

// get fetches path, asking for the given encoding; it returns the body as
// sent and its Content-Encoding.
func (s *server) get(path, acceptEncoding string) ([]byte, string, error) {
	req, err := http.NewRequest(http.MethodGet, s.url+path, nil)
	if err != nil {
		return nil, "", err
	}
	// Set explicitly, so net/http neither adds gzip nor decodes the body.
	req.Header.Set("Accept-Encoding", acceptEncoding)
	if acceptEncoding == "" {
		req.Header.Set("Accept-Encoding", "identity")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, "", err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, "", err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, "", fmt.Errorf("GET %s: %s", path, resp.Status)
	}
	return body, resp.Header.Get("Content-Encoding"), nil
}
