package floorpage

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func render(t *testing.T, p *Page) string {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(p); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return app.HTMLString(p)
}

// The probe finds the field and the total by id and waits for the total to
// go from one string to the other; the page must give it both.
func TestFloorPageKeepsTheProbeContract(t *testing.T) {
	html := render(t, &Page{})
	for _, want := range []string{`id="line1-quantity"`, `value="5"`, `id="total"`, Prerendered} {
		if !strings.Contains(html, want) {
			t.Errorf("prerendered floor page lacks %q:\n%s", want, html)
		}
	}
	if strings.Contains(html, Answered) {
		t.Errorf("the prerendered page already shows %q", Answered)
	}
	if html := render(t, &Page{quantity: "6"}); !strings.Contains(html, Answered) {
		t.Errorf("quantity 6: page lacks %q:\n%s", Answered, html)
	}
	if html := render(t, &Page{quantity: "7"}); !strings.Contains(html, Prerendered) {
		t.Errorf("quantity 7: page lacks %q:\n%s", Prerendered, html)
	}
}
