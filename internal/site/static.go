package site

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/internal/compress"
)

// Export writes the site into the directory out for a static host or CDN:
// go-app's page and scripts, plus the web directory under v/VERSION/web/
// with its precompressed copies.
func (s *Site) Export(out string) error {
	if err := app.GenerateStaticWebsite(out, s.app, s.pages...); err != nil {
		return err
	}
	// go-app wrote its own app.js; the site serves it changed (loader.go).
	if err := os.WriteFile(filepath.Join(out, "app.js"), s.routes["/app.js"].body, 0o644); err != nil {
		return err
	}
	for rel, a := range s.files {
		dst := filepath.Join(out, "v", s.version, "web", filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		// The original first, so its copies are newer and cmd/precompress
		// keeps them.
		if err := os.WriteFile(dst, a.body, 0o644); err != nil {
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
