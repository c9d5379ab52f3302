package app

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"qidian-calculator/pricing"
)

// linkDay is the day links are priced on here, as pricing's golden tests do.
var linkDay = time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)

// hostileFragments are addresses' fragments a visitor, a mangled chat
// message or an attacker can produce; the e2e test opens the same list.
var hostileFragments = []string{
	"#%",
	"#%zz",
	"#%ff%fe",
	"#v=1&l=chat-basic,new,5%,2",
	"#v=1&l=chat-basic,new,5%2",
	"#v=1&l=%E4%B8%AD,new,5,2",
	"#v=1&%zz=1&l=chat-basic,new,5,2",
	"#v=1&l=chat-basic,new,%ff%fe,2",
	"##########",
	"#v=1#v=1#",
	"#中文&l=在线客服",
	"#\x00\x1b[31m",
	"#" + strings.Repeat("%", 100_000),
	"#v=1&l=chat-basic,new," + strings.Repeat("9", 100_000) + ",2",
	"#v=1" + strings.Repeat("&l=chat-basic,new,5,2", 5_000),
}

func TestRepairedLocationParses(t *testing.T) {
	// The two addresses stop url.Parse, which stopped the page.
	for _, frag := range []string{"#%", "#v=1&l=chat-basic,new,5%,2"} {
		if _, err := url.Parse("http://127.0.0.1:8080/" + frag); err == nil {
			t.Errorf("url.Parse accepts %q: the test no longer tests the repair", frag)
		}
	}
	for _, frag := range hostileFragments {
		r, _ := Location{Path: "/", Fragment: frag}.Repaired()
		if _, err := url.Parse("http://127.0.0.1:8080" + r.String()); err != nil {
			t.Errorf("%.40q repaired to %.40q: %v", frag, r.Fragment, err)
		}
	}
}

func TestRepairKeepsWhatIsValid(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"#v=1&l=chat-basic,new,5,2", "#v=1&l=chat-basic,new,5,2"},
		{"#%", "#%25"},
		{"#%zz", "#%25zz"},
		{"#%2", "#%252"},
		{"#%ff%fe", "#%ff%fe"},
		{"#5%,2%41", "#5%25,2%41"},
		{"#a\x00b", "#a%00b"},
	} {
		r, changed := Location{Fragment: tc.in}.Repaired()
		if r.Fragment != tc.want || changed != (tc.in != tc.want) {
			t.Errorf("%q repaired to %q (changed %v), want %q", tc.in, r.Fragment, changed, tc.want)
		}
	}
	r, _ := Location{Path: "/a%zz/", Query: "?x=%"}.Repaired()
	if r.Path != "/a%25zz/" || r.Query != "?x=%25" {
		t.Errorf("path and query repaired to %q %q", r.Path, r.Query)
	}
}

// The link: the line is kept, its quantity reads "5%" as typed, and
// the quote says that is no number, next to the line.
func TestDamagedLinkKeepsWhatItCouldRead(t *testing.T) {
	r, _ := Location{Path: "/", Fragment: "#v=1&l=chat-basic,new,5%,2"}.Repaired()
	in, ok := addressIncoming(r.Fragment)
	e, err := in.est, in.problem
	if !ok || err != nil || len(e.Lines) != 1 {
		t.Fatalf("ok=%v err=%v lines=%v", ok, err, e.Lines)
	}
	l := e.Lines[0]
	if l.Item != "chat-basic" || l.Quantity != "5%" || l.Years != "2" {
		t.Fatalf("line read as %+v", l)
	}
	q := pricing.Default().Price(e, linkDay)
	if len(q.Lines[0].Errors) != 1 || q.Lines[0].Errors[0].Field != pricing.FieldQuantity || q.Lines[0].Errors[0].Reason != pricing.NotANumber {
		t.Fatalf("errors %v", q.Lines[0].Errors)
	}

	if _, ok := addressIncoming("#"); ok {
		t.Error("an empty fragment holds an estimate")
	}
	if in, ok := addressIncoming("#%25"); !ok || in.problem == nil {
		t.Errorf("#%%25: ok=%v err=%v, want a link problem", ok, in.problem)
	}
}

// FuzzLocation follows an address to the estimate the page opens: the
// repaired address always parses, repairing twice changes nothing, and the
// estimate prices without a panic, with a message for every problem.
func FuzzLocation(f *testing.F) {
	for _, frag := range hostileFragments {
		f.Add("/", "", frag)
	}
	f.Add("/%", "?%zz", "#v=1&t=1,6&l=chat-basic,add,3")
	f.Add("/calc/", "?lang=en", "#v=1&lang=en&t=d,2028-05-27,2026-11-27&l=bot-standard,add,1")
	f.Fuzz(func(t *testing.T, path, query, frag string) {
		if !strings.HasPrefix(path, "/") {
			path = "/" + path
		}
		if query != "" && !strings.HasPrefix(query, "?") {
			query = "?" + query
		}
		if frag != "" && !strings.HasPrefix(frag, "#") {
			frag = "#" + frag
		}
		// The browser's own address never holds these raw; they would end
		// the path or query early, which is not what is tested here.
		path = strings.NewReplacer("?", "%3F", "#", "%23").Replace(path)
		query = strings.ReplaceAll(query, "#", "%23")
		loc := Location{Path: path, Query: query, Fragment: frag}
		r, _ := loc.Repaired()
		u, err := url.Parse("http://127.0.0.1:8080" + r.String())
		if err != nil {
			t.Fatalf("%q does not parse: %v", r.String(), err)
		}
		if u.Path == "" {
			t.Fatalf("%q lost its path", r.String())
		}
		if again, changed := r.Repaired(); changed {
			t.Fatalf("repairing twice changed %q to %q", r.String(), again.String())
		}
		in, ok := addressIncoming(r.Fragment)
		e, err := in.est, in.problem
		if !ok {
			return
		}
		if len(e.Lines) > pricing.MaxLines {
			t.Fatalf("%d lines", len(e.Lines))
		}
		if ie, isInput := err.(*pricing.InputError); err != nil && (!isInput || ie.Message(pricing.ZH) == "" || ie.Message(pricing.EN) == "") {
			t.Fatalf("a link problem without a message: %v", err)
		}
		q := pricing.Default().Price(e, linkDay)
		for _, le := range q.Errors() {
			if le.Message(pricing.ZH) == "" || le.Message(pricing.EN) == "" {
				t.Fatalf("error without a message: %#v", le)
			}
		}
	})
}
