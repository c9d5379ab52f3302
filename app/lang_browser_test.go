package app

import (
	"testing"

	"qidian-calculator/pricing"
)

// With nothing remembered and no lang in the link, the browser's languages
// choose: the first Chinese or English one (issue 30).
func TestPreferredLang(t *testing.T) {
	for _, c := range []struct {
		tags []string
		want pricing.Lang
	}{
		{nil, pricing.ZH},
		{[]string{"zh-CN", "zh"}, pricing.ZH},
		{[]string{"zh-TW"}, pricing.ZH},
		{[]string{"ZH-hans"}, pricing.ZH},
		{[]string{"en-US", "en"}, pricing.EN},
		{[]string{"en-GB", "zh-CN"}, pricing.EN},
		{[]string{"fr-FR", "zh-CN", "en"}, pricing.ZH},
		{[]string{"fr-FR", "en"}, pricing.EN},
		{[]string{"ja", "de"}, pricing.EN},
	} {
		if got := preferredLang(c.tags); got != c.want {
			t.Errorf("preferredLang(%q) = %s, want %s", c.tags, got, c.want)
		}
	}
}
