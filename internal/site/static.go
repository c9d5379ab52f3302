package site

import (
	"fmt"
	"maps"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"qidian-calculator/internal/compress"
)

// Export writes the site into the directory out for a static host or CDN:
// the pages and go-app's scripts as this site serves them, plus the web
// directory under v/VERSION/web/ with its precompressed copies.
func (s *Site) Export(out string) error {
	for _, p := range s.pages {
		rt, err := s.renderedPage(p)
		if err != nil {
			return err
		}
		if err := writeFile(filepath.Join(out, filepath.FromSlash(p), "index.html"), rt.body); err != nil {
			return err
		}
	}
	for _, p := range generatedFiles {
		if err := writeFile(filepath.Join(out, filepath.FromSlash(p)), s.routes[p].body); err != nil {
			return err
		}
	}
	if err := writeFile(filepath.Join(out, "_headers"), s.staticHeaders()); err != nil {
		return err
	}
	for rel, a := range s.files {
		dst := filepath.Join(out, "v", s.version, "web", filepath.FromSlash(rel))
		// The original first, so its copies are newer and cmd/precompress
		// keeps them.
		if err := writeFile(dst, a.body); err != nil {
			return err
		}
		for _, e := range compress.Encodings {
			if b, ok := a.encoded[e.Name]; ok {
				if err := os.WriteFile(dst+e.Suffix, b, 0o644); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// staticHeaders is a _headers file (the format of Netlify and Cloudflare
// Pages; other hosts need the same headers set their own way): the
// security headers the server sends on every response, and its caching,
// a year for versioned files and revalidation for the rest.
func (s *Site) staticHeaders() []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "%s/*\n", s.prefix)
	for _, k := range slices.Sorted(maps.Keys(s.headers)) {
		fmt.Fprintf(&b, "  %s: %s\n", k, s.headers.Get(k))
	}
	fmt.Fprintf(&b, "%s/v/*\n  Cache-Control: %s\n", s.prefix, immutable)
	paths := append([]string{"/", "/index.html"}, generatedFiles...)
	for _, p := range paths {
		fmt.Fprintf(&b, "%s%s\n  Cache-Control: %s\n", s.prefix, p, revalidate)
	}
	return []byte(b.String())
}

func writeFile(name string, body []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, body, 0o644)
}

var prefixPattern = regexp.MustCompile(`^(/[A-Za-z0-9._~-]+)*$`)

// CleanPrefix accepts "" or a path like /calc (a trailing slash is dropped)
// made of characters that need no escaping in a URL.
func CleanPrefix(p string) (string, error) {
	p = strings.TrimSuffix(p, "/")
	if p == "" {
		return "", nil
	}
	if !prefixPattern.MatchString(p) || path.Clean(p) != p {
		return "", fmt.Errorf("bad -prefix %q: want a path like /calc", p)
	}
	return p, nil
}
