package app

import (
	"regexp"
	"strings"
	"testing"

	"qidian-calculator/pricing"
)

// The page mounts only the chosen product's edition cards; every tab still
// controls a panel that exists, as the tabs pattern requires.
func TestCatalogRendersOnlyTheChosenProduct(t *testing.T) {
	html := render(t, exampleNew(), pricing.ZH)
	chosen := pricing.Default().Products[0]
	if got := strings.Count(html, `class="edition"`); got != len(chosen.Items) {
		t.Errorf("%d edition cards on the page, want %d, those of %s", got, len(chosen.Items), chosen.ID)
	}
	controls := regexp.MustCompile(`aria-controls="([^"]+)"`).FindAllStringSubmatch(html, -1)
	tabs := 0
	for _, m := range controls {
		if !strings.Contains(html, `id="`+m[1]+`"`) {
			t.Errorf("aria-controls names %q, which is not on the page", m[1])
		}
		if strings.HasPrefix(m[1], "editions-") {
			tabs++
		}
	}
	if n := len(pricing.Default().Products); tabs != n {
		t.Errorf("%d tabs control a panel, want one per product (%d)", tabs, n)
	}
}
