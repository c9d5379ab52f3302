package site

import (
	"bytes"
	_ "embed"
	"html/template"
	"net/http"
	"net/url"
)

// The example host page: a pricing page of another origin that embeds the
// calculator and listens to its messages. It is served only when asked
// (serve -embed-demo ADDR), never as part of the site.
var (
	//go:embed demo/index.html
	demoPage string
	//go:embed demo/host.js
	demoScript []byte
	//go:embed demo/host.css
	demoStyle []byte
)

// DemoHandler serves the example host page, framing the calculator at
// calculatorURL in embed mode.
func DemoHandler(calculatorURL string) (http.Handler, error) {
	u, err := url.Parse(calculatorURL)
	if err != nil {
		return nil, err
	}
	u.Fragment = "embed=1"
	var page bytes.Buffer
	if err := template.Must(template.New("demo").Parse(demoPage)).Execute(&page, u.String()); err != nil {
		return nil, err
	}
	files := map[string]route{
		"/":         {newAsset("index.html", page.Bytes()), revalidate},
		"/host.js":  {newAsset("host.js", demoScript), revalidate},
		"/host.css": {newAsset("host.css", demoStyle), revalidate},
	}
	headers := http.Header{}
	headers.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; frame-src "+u.Scheme+"://"+u.Host+"; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
	headers.Set("X-Content-Type-Options", "nosniff")
	headers.Set("Referrer-Policy", "no-referrer")
	return withHeaders(headers, uncachedErrors(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rt, ok := files[r.URL.Path]
		if !ok || (r.Method != http.MethodGet && r.Method != http.MethodHead) {
			notFound(w)
			return
		}
		serveAsset(w, r, rt)
	}))), nil
}
