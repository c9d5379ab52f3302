//go:build !wasm && pricefixture

package main

import (
	"bytes"
	"strings"
	"testing"
)

// R19, with the fixture list (online chat Basic at 1,099 from 2027-01-01;
// `go test -tags pricefixture`): the command prices by the quote date's
// list while the quote is valid, by today's after it with the old amount
// beside, and by one list with -list.
func TestQuoteCommandByDatedLists(t *testing.T) {
	link := "#v=1&d=2026-12-20&l=chat-basic,new,5,2\n"
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"-today", "2027-01-10"}, []string{"¥9,990.00", "in force on the quote date 2026-12-20"}},
		{[]string{"-today", "2027-01-20"}, []string{"Total: ¥10,990.00", "On the quote date: ¥9,990.00", "expired on 2027-01-19"}},
		{[]string{"-today", "2027-01-20", "-list", "2026-11"}, []string{"Total: ¥9,990.00"}},
		{[]string{"-today", "2026-12-20", "-list", "2027-01"}, []string{"Total: ¥10,990.00"}},
	} {
		var out bytes.Buffer
		if err := quote(append(c.args, "-lang", "en", "-"), strings.NewReader(link), &out); err != nil {
			t.Errorf("%v: %v", c.args, err)
		}
		for _, w := range c.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%v: no %q in\n%s", c.args, w, out.String())
			}
		}
	}
}
