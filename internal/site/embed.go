package site

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// hostPort is a host name or IPv4 address with an optional port: nothing
// that could widen a CSP source (no *, no quotes, no path).
var hostPort = regexp.MustCompile(`^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?$`)

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
			return nil, fmt.Errorf("bad -embed-origins entry %q: %v; want origins like https://www.example.com, separated by spaces", entry, err)
		}
		if !slices.Contains(origins, origin) {
			origins = append(origins, origin)
		}
	}
	return origins, nil
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
	case !hostPort.MatchString(strings.ToLower(u.Host)):
		return "", fmt.Errorf("%q is not a host name with an optional port", u.Host)
	}
	return strings.ToLower(u.Scheme + "://" + u.Host), nil
}
