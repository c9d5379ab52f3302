package site

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// hostLabel is one dot-separated part of a host name or IPv4 address
// (RFC 1123): nothing that could widen a CSP source (no *, no quotes, no
// path), never empty, never starting or ending with a hyphen.
var hostLabel = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$`)

const (
	// maxHostLength is DNS's bound on a host name.
	maxHostLength = 253
	// maxEmbedOrigins bounds the CSP, sent with every response, to a few
	// kilobytes.
	maxEmbedOrigins = 16
	// maxEchoedEntry is how much of a refused entry an error quotes.
	maxEchoedEntry = 80
)

// ParseEmbedOrigins reads the -embed-origins flag: origins such as
// https://qidian.qq.com separated by spaces, each put as it is into the
// CSP's frame-ancestors. Anything else (a keyword like 'unsafe-inline', a
// wildcard, a path, a query, another scheme, a control character) is
// refused with the entry named, since it would widen the policy or break
// the header. "" is nobody.
func ParseEmbedOrigins(list string) ([]string, error) {
	if i := strings.IndexFunc(list, unicode.IsControl); i >= 0 {
		return nil, fmt.Errorf("bad -embed-origins: control character %q at byte %d; separate origins with spaces", list[i], i)
	}
	var origins []string
	for _, entry := range strings.Fields(list) {
		origin, err := parseOrigin(entry)
		if err != nil {
			return nil, fmt.Errorf("bad -embed-origins entry %q: %v; want origins like https://www.example.com, separated by spaces", shorten(entry), err)
		}
		if !slices.Contains(origins, origin) {
			origins = append(origins, origin)
		}
	}
	if len(origins) > maxEmbedOrigins {
		return nil, fmt.Errorf("bad -embed-origins: %d origins, at most %d (each is in the header of every response)", len(origins), maxEmbedOrigins)
	}
	return origins, nil
}

// shorten keeps an error about hostile input short: the first
// maxEchoedEntry characters and "…".
func shorten(s string) string {
	if r := []rune(s); len(r) > maxEchoedEntry {
		return string(r[:maxEchoedEntry]) + "…"
	}
	return s
}

func parseOrigin(entry string) (string, error) {
	u, err := url.Parse(entry)
	switch {
	case err != nil:
		return "", err
	case u.Scheme != "https" && u.Scheme != "http":
		return "", fmt.Errorf("not an http or https origin")
	case u.Opaque != "" || u.User != nil:
		return "", fmt.Errorf("not an origin")
	case u.Path != "" || strings.HasSuffix(entry, "/"):
		return "", fmt.Errorf("an origin has no path")
	case u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || strings.Contains(entry, "#"):
		return "", fmt.Errorf("an origin has no query or fragment")
	}
	if err := checkHostPort(strings.ToLower(u.Host)); err != nil {
		return "", err
	}
	return strings.ToLower(u.Scheme + "://" + u.Host), nil
}

// checkHostPort accepts a host name or IPv4 address with an optional port.
func checkHostPort(hostPort string) error {
	host, port, hasPort := strings.Cut(hostPort, ":")
	if len(host) > maxHostLength {
		return fmt.Errorf("the host has %d characters, at most %d", len(host), maxHostLength)
	}
	for _, label := range strings.Split(host, ".") {
		if label == "" {
			return fmt.Errorf("the host %q has an empty label", host)
		}
		if !hostLabel.MatchString(label) {
			return fmt.Errorf("the host %q is not a host name: %q", host, shorten(label))
		}
	}
	if hasPort {
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 || port[0] == '0' {
			return fmt.Errorf("the port %q is not a number from 1 to 65535", shorten(port))
		}
	}
	return nil
}
