package pricing

import "testing"

func TestUnitWords(t *testing.T) {
	cases := []struct {
		u     Unit
		lang  Lang
		n     int64
		count string
		per   string
	}{
		{UnitUser, ZH, 3, "3个用户", "用户"},
		{UnitUser, EN, 1, "1 user", "user"},
		{UnitUser, EN, 1000, "1,000 users", "user"},
		{UnitBot, ZH, 2, "2个机器人", "个"},
		{UnitBot, EN, 2, "2 bots", "bot"},
		{UnitSet, ZH, 1, "1套", "套"},
		{UnitSet, EN, 0, "0 sets", "set"},
		{UnitSet, "", 2, "2套", "套"}, // no language reads as Chinese
	}
	for _, c := range cases {
		if got := c.u.Count(c.lang, c.n); got != c.count {
			t.Errorf("%s %s %d: count %q, want %q", c.u, c.lang, c.n, got, c.count)
		}
		if got := c.u.Per(c.lang); got != c.per {
			t.Errorf("%s %s: per %q, want %q", c.u, c.lang, got, c.per)
		}
	}
	if ParseLang("en-GB") != EN || ParseLang("zh-TW") != ZH || ParseLang("") != ZH {
		t.Error("ParseLang")
	}
	if (Text{"中", "en"}).In(EN) != "en" || (Text{"中", "en"}).In(ZH) != "中" {
		t.Error("Text.In")
	}
}
