package site

import (
	"bytes"
	"fmt"
	"net/http"
)

// generated asks go-app's handler for one of the files it makes (the page,
// app.js, the worker, the manifest) with a plain GET, so nothing it makes
// varies with a visitor's headers.
func generated(h http.Handler, path string) ([]byte, error) {
	r, err := http.NewRequest(http.MethodGet, path, nil)
	if err != nil {
		return nil, err
	}
	r.RequestURI = path
	var rec recorder
	h.ServeHTTP(&rec, r)
	if rec.code != http.StatusOK {
		return nil, fmt.Errorf("go-app answered %d for %s", rec.code, path)
	}
	return rec.body.Bytes(), nil
}

// recorder keeps a response in memory.
type recorder struct {
	header http.Header
	code   int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header {
	if r.header == nil {
		r.header = make(http.Header)
	}
	return r.header
}

func (r *recorder) WriteHeader(code int) {
	if r.code == 0 {
		r.code = code
	}
}

func (r *recorder) Write(b []byte) (int, error) {
	r.WriteHeader(http.StatusOK)
	return r.body.Write(b)
}
