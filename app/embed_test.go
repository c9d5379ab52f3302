package app

import (
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// msgText is t, for tests whose *testing.T hides it.
var msgText = t

func TestSplitEmbed(t *testing.T) {
	cases := []struct {
		query, fragment string
		on, langSwitch  bool
		lang            pricing.Lang
		share, prefix   string
	}{
		// Not embedded: the fragment is the share link as it stands.
		{"", "", false, false, "", "", ""},
		{"", "#v=1&l=chat-basic,new,5,2", false, false, "", "v=1&l=chat-basic,new,5,2", ""},
		{"", "#embed=0&v=1", false, false, "", "embed=0&v=1", ""},
		{"", "#garbage", false, false, "", "garbage", ""},

		// In the fragment, on top of a share link: "v=" moves first.
		{"", "#embed=1&lang=en&v=1&l=chat-basic,new,5,2", true, false, pricing.EN, "v=1&lang=en&l=chat-basic,new,5,2", "embed=1&"},
		{"", "#v=1&embed=1&l=chat-basic,new,5,2", true, false, "", "v=1&l=chat-basic,new,5,2", "embed=1&"},
		{"", "#embed=1&langswitch=1&lang=zh&v=1", true, true, pricing.ZH, "v=1&lang=zh", "embed=1&langswitch=1&"},
		// The page's own rewrite, read back on a reload.
		{"", "#embed=1&v=1&c=2026-11&lang=en&t=1,6&l=chat-basic,add,3", true, false, pricing.EN, "v=1&c=2026-11&lang=en&t=1,6&l=chat-basic,add,3", "embed=1&"},
		// Embed mode on no share link opens the page as it would.
		{"", "#embed=1&lang=en", true, false, pricing.EN, "", "embed=1&"},
		{"", "#embed=1", true, false, "", "", "embed=1&"},
		// What is no share link stays, for the page to say so.
		{"", "#embed=1&x=2", true, false, "", "x=2", "embed=1&"},

		// In the query: the fragment is untouched, the page keeps the query.
		{"?embed=1&lang=en", "#v=1&l=chat-basic,new,5,2", true, false, pricing.EN, "v=1&l=chat-basic,new,5,2", ""},
		{"?embed=1&langswitch=1", "", true, true, "", "", ""},
		{"?lang=en", "#v=1", false, false, "", "v=1", ""},
		{"?embed=1&%zz", "#v=1", true, false, "", "v=1", ""},
	}
	for _, c := range cases {
		em, share := splitEmbed(c.query, c.fragment)
		if em.On != c.on || em.LangSwitch != c.langSwitch || em.Lang != c.lang || share != c.share || em.addressPrefix() != c.prefix {
			t.Errorf("splitEmbed(%q, %q) = %+v, %q, prefix %q; want on %v, langswitch %v, lang %q, %q, prefix %q",
				c.query, c.fragment, em, share, em.addressPrefix(), c.on, c.langSwitch, c.lang, c.share, c.prefix)
		}
	}
}

// The address the page writes in embed mode reads back as the same
// estimate, still embedded: a reload stays embedded.
func TestEmbedAddressRoundTrip(t *testing.T) {
	e := pricing.Estimate{Catalog: "2026-11", Lang: pricing.EN, Term: pricing.Term{Years: "1", Months: "6"},
		Lines: []pricing.Line{{Item: "chat-basic", Mode: pricing.Add, Quantity: "3"}}}
	for _, em := range []embedding{{On: true, inFragment: true}, {On: true, LangSwitch: true, inFragment: true}} {
		addr := "#" + em.addressPrefix() + pricing.EncodeLink(e)
		got, share := splitEmbed("", addr)
		if !got.On || got.LangSwitch != em.LangSwitch {
			t.Errorf("%s: read back as %+v", addr, got)
		}
		back, err := pricing.DecodeLink(shareOf(addr))
		if err != nil || share != pricing.EncodeLink(e) || pricing.EncodeLink(back) != pricing.EncodeLink(e) {
			t.Errorf("%s: share %q decodes to %+v, %v", addr, share, back, err)
		}
	}
}

func TestWithoutEmbed(t *testing.T) {
	cases := []struct{ in, want string }{
		{"https://a.example/", "https://a.example/"},
		{"https://a.example/calc/?embed=1&lang=en&langswitch=1", "https://a.example/calc/"},
		{"https://a.example/?utm=x&embed=1", "https://a.example/?utm=x"},
		{"https://a.example/?", "https://a.example/"},
	}
	for _, c := range cases {
		if got := withoutEmbed(c.in); got != c.want {
			t.Errorf("withoutEmbed(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestParseOrigins(t *testing.T) {
	got := parseOrigins(" https://a.example  https://b.example:8443\nhttp://127.0.0.1:5000 https://c.example/path * 'self' https://u@d.example ftp://e.example https://f.example/ ")
	want := []string{"https://a.example", "https://b.example:8443", "http://127.0.0.1:5000"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("parseOrigins = %q, want %q", got, want)
	}
	if got := parseOrigins(""); len(got) != 0 {
		t.Errorf("parseOrigins(\"\") = %q, want none", got)
	}
}

func TestAllowedParent(t *testing.T) {
	allowed := []string{"https://a.example", "https://b.example:8443"}
	cases := []struct{ ancestor, referrer, want string }{
		{"https://a.example", "", "https://a.example"},
		{"https://b.example:8443", "https://evil.example/", "https://b.example:8443"},
		{"", "https://b.example:8443/pricing?x=1#y", "https://b.example:8443"},
		// The browser's own answer wins over a referrer.
		{"https://evil.example", "https://a.example/", ""},
		{"", "https://b.example/", ""}, // another port is another origin
		{"", "", ""},
		{"", "not a url", ""},
		{"null", "", ""},
	}
	for _, c := range cases {
		if got := allowedParent(allowed, c.ancestor, c.referrer); got != c.want {
			t.Errorf("allowedParent(%q, %q) = %q, want %q", c.ancestor, c.referrer, got, c.want)
		}
	}
	if got := allowedParent(nil, "https://a.example", ""); got != "" {
		t.Errorf("with no allowed origins the parent %q was allowed", got)
	}
}

func TestReadOpen(t *testing.T) {
	cases := []struct {
		typ, link, estimate string
		ok                  bool
		fragment            string
	}{
		{"qidian-calculator:open", "https://h.example/#v=1&l=chat-basic,new,5,2", "", true, "v=1&l=chat-basic,new,5,2"},
		{"qidian-calculator:open", "#v=1&t=1,6", "", true, "v=1&t=1,6"},
		{"qidian-calculator:open", "#embed=1&lang=en&v=1", "", true, "v=1&lang=en"},
		{"qidian-calculator:open", "https://h.example/", "", true, ""},
		{"qidian-calculator:open", "", `{"format":1}`, true, ""},
		{"qidian-calculator:open", "", "", false, ""},
		{"qidian-calculator:height", "#v=1", "", false, ""},
		{"", "#v=1", "", false, ""},
	}
	for _, c := range cases {
		r, ok := readOpen(c.typ, c.link, c.estimate)
		if ok != c.ok || (ok && r.Estimate == nil && r.fragment() != c.fragment) || (ok && c.estimate != "" && string(r.Estimate) != c.estimate) {
			t.Errorf("readOpen(%q, %q, %q) = %+v, %v (fragment %q); want ok %v, fragment %q", c.typ, c.link, c.estimate, r, ok, r.fragment(), c.ok, c.fragment)
		}
	}
}

// A parent's request opens as an estimate of its own, as a share link or a
// file would, and says so; what cannot be read leaves the estimate open as
// it was, and every estimate kept stays.
func TestOpenFromParent(t *testing.T) {
	open := func(r openRequest) *calculator {
		c := NewCalculator().(*calculator)
		c.openFromParent(app.Context{}, r)
		return c
	}
	c := open(openRequest{Link: "https://h.example/#v=1&t=1,6&l=chat-basic,add,3"})
	if c.edit.linkProblem != nil || c.edit.quote.Total.String() != "4,795.20" || !c.shelf.kept {
		t.Errorf("link: total %s, problem %v, kept %v; want 4,795.20, none, kept", c.edit.quote.Total, c.edit.linkProblem, c.shelf.kept)
	}
	if got, want := c.noticeView().Text, msgText(pricing.ZH, msgNoticeParent); !strings.HasPrefix(got, want[:strings.Index(want, "%")]) {
		t.Errorf("link: notice %q; want it to say the hosting page sent it", got)
	}
	c = open(openRequest{Link: "#v=1&l=chat-basic,new,5,2&zz=1"})
	if c.edit.linkProblem == nil || c.edit.quote.Total.String() != "9,990.00" || len(c.edit.est.Lines) != 1 {
		t.Errorf("part of a link: total %s, problem %v; want the readable line and the problem", c.edit.quote.Total, c.edit.linkProblem)
	}
	c = open(openRequest{Link: "#nonsense"})
	if c.edit.linkProblem == nil || problem(c.edit.linkProblem, pricing.EN) == "" || len(c.edit.est.Lines) != 0 || len(c.shelf.store.list()) != 0 {
		t.Errorf("no link: problem %v, estimate %s; want a problem and nothing opened", c.edit.linkProblem, pricing.EncodeLink(c.edit.est))
	}
	c = open(openRequest{Link: "#v=1&l=" + strings.Repeat("x", maxOpenBytes)})
	if c.edit.linkProblem != tooLarge || len(c.shelf.store.list()) != 0 {
		t.Errorf("oversized link: problem %v; want it refused", c.edit.linkProblem)
	}
	c = open(openRequest{Estimate: []byte(`{"format":1,"lines":[{"item":"chat-basic","mode":"new","quantity":"3","years":"1"}]}`)})
	if c.edit.quote.Total.String() != "2,997.00" || len(c.shelf.store.list()) != 1 {
		t.Errorf("estimate JSON: total %s, kept %d; want 2,997.00, one kept", c.edit.quote.Total, len(c.shelf.store.list()))
	}
	// A second request opens beside the first, never over it.
	c.openFromParent(app.Context{}, openRequest{Link: "#v=1&l=chat-basic,new,5,2"})
	if c.edit.quote.Total.String() != "9,990.00" || len(c.shelf.store.list()) != 2 {
		t.Errorf("second request: total %s, kept %d; want 9,990.00 beside the first", c.edit.quote.Total, len(c.shelf.store.list()))
	}
	c = open(openRequest{Estimate: []byte(`{"format":1,`)})
	if c.edit.linkProblem == nil || len(c.shelf.store.list()) != 0 {
		t.Errorf("broken JSON: problem %v, kept %d; want a refusal and nothing kept", c.edit.linkProblem, len(c.shelf.store.list()))
	}
}

// Whatever the address or a message holds, reading it never panics, and a
// share link under embed mode reads as it would alone.
func FuzzEmbedAddress(f *testing.F) {
	f.Add("?embed=1", "#embed=1&lang=en&v=1&l=chat-basic,new,5,2", "qidian-calculator:open")
	f.Add("", "#v=1&embed=1&langswitch=1", "")
	f.Add("?%", "#embed=1&v=&v=1&&", "x")
	f.Fuzz(func(t *testing.T, query, fragment, typ string) {
		em, share := splitEmbed(query, fragment)
		for _, p := range strings.Split(share, "&") {
			if em.inFragment && (strings.HasPrefix(p, embedKey+"=") || strings.HasPrefix(p, langSwitchKey+"=")) {
				t.Fatalf("splitEmbed(%q, %q) left %q in the share link %q", query, fragment, p, share)
			}
		}
		if _, err := pricing.DecodeLink(share); err == nil {
			e, _ := pricing.DecodeLink(share)
			again, err := pricing.DecodeLink(shareOf("#embed=1&" + pricing.EncodeLink(e)))
			if err != nil || pricing.EncodeLink(again) != pricing.EncodeLink(e) {
				t.Fatalf("%q under embed mode reads as %+v, %v", pricing.EncodeLink(e), again, err)
			}
		}
		_ = withoutEmbed(query)
		_ = parseOrigins(fragment)
		_ = allowedParent([]string{"https://a.example"}, query, fragment)
		if r, ok := readOpen(typ, fragment, query); ok {
			_ = r.fragment()
		}
	})
}

// The estimate message has no amount where the page shows "—": an
// incomplete estimate, or one with nothing priced (issue 30).
func TestEstimateMessageHasNoAmountWithoutATotal(t *testing.T) {
	day := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name  string
		est   pricing.Estimate
		total any
	}{
		{"priced", pricing.Estimate{Lines: []pricing.Line{{Item: "chat-basic", Mode: pricing.New, Quantity: "5", Years: "2"}}}, "9990.00"},
		{"incomplete", pricing.Estimate{Lines: []pricing.Line{{Item: "chat-basic", Mode: pricing.New, Quantity: "5", Years: "2"}, {Item: "chat-basic", Mode: pricing.New, Quantity: "x", Years: "1"}}}, nil},
		{"on request only", pricing.Estimate{Lines: []pricing.Line{{Item: "bot-pro", Mode: pricing.New, Quantity: "1", Years: "1"}}}, nil},
		{"empty", pricing.Estimate{}, nil},
	} {
		q := pricing.Default().Price(c.est, day)
		m := newEstimateNews(&q, pricing.EN, "").message()
		if m["total"] != c.total {
			t.Errorf("%s: total %v, want %v", c.name, m["total"], c.total)
		}
		if c.total == nil && m["totalText"] != nil {
			t.Errorf("%s: totalText %v, want null", c.name, m["totalText"])
		}
	}
}
