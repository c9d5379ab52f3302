//go:build !wasm

package main

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"time"

	"qidian-calculator/internal/localserver"
)

// server is the real binary, run by localserver, with what the bench asks of it.
type server struct {
	*localserver.Server
	url string // no trailing slash
}

func startServer(binary, webDir string) (*server, error) {
	ls, err := localserver.Start(binary, "", webDir, 30*time.Second)
	if err != nil {
		return nil, err
	}
	return &server{Server: ls, url: ls.URL}, nil
}

func (s *server) stop() { s.Stop() }

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
