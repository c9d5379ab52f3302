package site

import (
	"net/http"
	"strings"
)

// contentSecurityPolicy allows this origin's scripts, styles, images and
// WebAssembly and nothing else: no inline code; framing only by the
// origins that may embed the calculator ('none' without them).
const contentSecurityPolicy = "default-src 'none'; " +
	"script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; img-src 'self'; font-src 'self'; " +
	"connect-src 'self'; manifest-src 'self'; worker-src 'self'; " +
	"base-uri 'none'; form-action 'self'; object-src 'none'; " +
	"frame-ancestors "

// securityHeaders are the headers every response carries, given the
// origins allowed to embed the site (see ParseEmbedOrigins).
func securityHeaders(embedOrigins []string) http.Header {
	h := http.Header{}
	if len(embedOrigins) == 0 {
		h.Set("Content-Security-Policy", contentSecurityPolicy+"'none'")
		// For browsers without frame-ancestors; it cannot list origins.
		h.Set("X-Frame-Options", "DENY")
	} else {
		h.Set("Content-Security-Policy", contentSecurityPolicy+strings.Join(embedOrigins, " "))
	}
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()")
	return h
}

// withHeaders is the one place that sets security headers, on every
// response including errors.
func withHeaders(headers http.Header, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		for k, v := range headers {
			h[k] = v
		}
		next.ServeHTTP(w, r)
	})
}

// uncachedErrors makes every error response uncacheable and plain: an
// error answered for a versioned URL must not be kept for a year, and the
// coding, length and ETag chosen for the file do not describe an error's
// body.
func uncachedErrors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(errorWriter{w}, r)
	})
}

type errorWriter struct{ http.ResponseWriter }

func (w errorWriter) WriteHeader(code int) {
	if code >= 400 {
		h := w.Header()
		h.Del("Content-Encoding")
		h.Del("Content-Length")
		h.Del("ETag")
		h.Set("Cache-Control", "no-store")
	}
	w.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController reach the connection.
func (w errorWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
