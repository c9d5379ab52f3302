package e2e

import (
	"strings"
	"testing"
)

// hostileFragments are the addresses' fragments of app's location
// tests: lone and broken escapes, invalid UTF-8, "#" repeated, unicode,
// control characters, 100 kB.
var hostileFragments = []string{
	"#%",
	"#v=1&l=chat-basic,new,5%,2",
	"#%zz",
	"#%ff%fe",
	"#v=1&l=chat-basic,new,5%2",
	"#v=1&%zz=1&l=chat-basic,new,5,2",
	"#v=1&l=chat-basic,new,%ff%fe,2",
	"##########",
	"#v=1#v=1#",
	"#中文&l=在线客服",
	"#%00%1b[31m",
	"#" + strings.Repeat("%", 100_000),
	"#v=1&l=chat-basic,new," + strings.Repeat("9", 100_000) + ",2",
}

// No address stops the app: after each the page starts and answers an
// edit, and the console shows no error (the page's listener fails the test
// on Go's panic).
func TestHostileAddressesNeverStopTheApp(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	for _, frag := range hostileFragments {
		name := frag
		if len(name) > 40 {
			name = name[:40] + "…"
		}
		p.leave()
		p.open("/" + frag)
		p.chooseLanguage("English")
		p.waitText(el(`document.querySelector('h1')`), "Tencent Qidian Customer Service price calculator")
		p.chooseLanguage("简体中文")
		p.waitText(el(`document.querySelector('h1')`), "腾讯企点客服 价格计算器")
		if t.Failed() {
			t.Fatalf("after %q", name)
		}
	}
	// Typed into the address bar of the running page: go-app reads the
	// address again on popstate.
	eval[bool](p, `(location.hash = '%zz', true)`)
	p.chooseLanguage("English")
	p.waitText(el(`document.querySelector('h1')`), "Tencent Qidian Customer Service price calculator")
}

// The link: the line opens, its quantity reads "5%" as in the link,
// and the message next to it says why it is not priced.
func TestDamagedLinkOpensWithAMessage(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.open("/#v=1&l=chat-basic,new,5%,2")
	users := labelled(line(1), usersLabel)
	p.waitValue(users, "5%")
	p.waitFieldError(users, "请输入数字，例如 3。")
	p.chooseLanguage("English")
	p.waitFieldError(labelled(line(1), "Users"), "Enter a number, such as 3.")

	p.leave()
	p.open("/#%")
	p.waitText(el(`document.getElementById('link-problem')`), "The address holds no share link of this calculator; it was ignored.")
}
