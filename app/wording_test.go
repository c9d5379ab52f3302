package app

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"qidian-calculator/pricing"
)

// One action, one term: every button that puts a line into the estimate
// (a product's card, the estimate's own button) reads the same words, and
// the empty estimate's hint names only those.
func TestOneTermForAddingALine(t *testing.T) {
	addButton := regexp.MustCompile(`<button[^>]*\bid="add-[^"]*"[^>]*>([^<]*)`)
	quoted := regexp.MustCompile(`“([^”]+)”`)
	for _, lang := range []pricing.Lang{pricing.ZH, pricing.EN} {
		html := render(t, exampleNew(), lang)
		words := map[string]bool{}
		for _, m := range addButton.FindAllStringSubmatch(html, -1) {
			words[strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(m[1]), "＋"))] = true
		}
		if len(words) != 1 || !strings.Contains(html, `id="add-line"`) {
			t.Errorf("%s: the buttons that add a line read %q, want one term", lang, keys(words))
		}
		for _, m := range quoted.FindAllStringSubmatch(t0(lang, msgLineEmpty), -1) {
			if !words[m[1]] {
				t.Errorf("%s: the empty estimate's hint names “%s”, which no add button reads (%q)", lang, m[1], keys(words))
			}
		}
	}
}

// The help's heading over the worked examples agrees with the buttons
// under it: any count it gives is the number of buttons.
func TestExamplesHeadingCountsItsButtons(t *testing.T) {
	counts := map[string]int{"一个": 1, "两": 2, "二": 2, "三": 3, "四": 4, `\bone\b`: 1, `\btwo\b`: 2, `\bthree\b`: 3, `\bfour\b`: 4}
	for _, lang := range []pricing.Lang{pricing.ZH, pricing.EN} {
		page := render(t, exampleNew(), lang)
		buttons := strings.Count(page, `id="example-`)
		heading := strings.ToLower(t0(lang, msgExamples))
		if !strings.Contains(page, html.EscapeString(t0(lang, msgExamples))) || buttons < 2 {
			t.Fatalf("%s: no examples heading, or %d buttons", lang, buttons)
		}
		for word, n := range counts {
			if regexp.MustCompile(word).MatchString(heading) && n != buttons {
				t.Errorf("%s: the heading %q says %d, over %d buttons", lang, t0(lang, msgExamples), n, buttons)
			}
		}
	}
}

// While the total is "—" the summary says why in one message: not also
// that the total is incomplete, or what it leaves out.
func TestSummaryGivesOneMessageForADash(t *testing.T) {
	for _, c := range []struct {
		name    string
		lines   []pricing.Line
		says    []msg // each once
		notAlso []msg
	}{
		{"errors only", []pricing.Line{{Item: "chat-basic", Mode: pricing.New, Quantity: "", Years: "1"}},
			[]msg{msgTotalWhyErrors}, []msg{msgTotalIncomplete, msgTotalExcludes}},
		{"on request only", []pricing.Line{{Item: "bot-pro", Mode: pricing.New, Quantity: "1", Years: "1"}},
			[]msg{msgTotalWhyOnRequest}, []msg{msgTotalIncomplete, msgTotalExcludes}},
		// A total is shown: the note on what it leaves out stands alone.
		{"an error beside a price", []pricing.Line{
			{Item: "chat-basic", Mode: pricing.New, Quantity: "5", Years: "2"},
			{Item: "chat-basic", Mode: pricing.New, Quantity: "", Years: "1"}},
			[]msg{msgTotalIncomplete}, []msg{msgTotalWhyErrors}},
	} {
		for _, lang := range []pricing.Lang{pricing.ZH, pricing.EN} {
			html := render(t, pricing.Estimate{Lines: c.lines}, lang)
			for _, m := range c.says {
				if n := strings.Count(html, t0(lang, m)); n != 1 {
					t.Errorf("%s, %s: the summary says %q %d times, want once", c.name, lang, t0(lang, m), n)
				}
			}
			for _, m := range c.notAlso {
				if strings.Contains(html, t0(lang, m)) {
					t.Errorf("%s, %s: the summary also says %q", c.name, lang, t0(lang, m))
				}
			}
		}
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
