package site

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
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
