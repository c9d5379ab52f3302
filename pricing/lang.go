package pricing

import "strconv"

// The calculator's two languages and the words it counts in. Every
// bilingual word of the package is chosen here: messages, working, exports
// and the page pick their language with Lang.Pick or Text.In, and name units
// with Unit.Word, Unit.Count and Unit.Per.

// Lang is a language the calculator speaks.
type Lang string

const (
	ZH Lang = "zh-CN" // 简体中文, the default
	EN Lang = "en"
)

// ParseLang maps a tag such as "en-US" or "zh" to a Lang; anything else is ZH.
func ParseLang(tag string) Lang {
	if len(tag) >= 2 && (tag[:2] == "en" || tag[:2] == "EN") {
		return EN
	}
	return ZH
}

// Pick returns en in English and zh otherwise, so that a missing or
// unknown language reads as the default, Chinese.
func (lang Lang) Pick(zh, en string) string {
	if lang == EN {
		return en
	}
	return zh
}

// Text is a piece of text in both of the calculator's languages.
type Text struct {
	ZH string `json:"zh"`
	EN string `json:"en"`
}

// In returns the text in lang.
func (t Text) In(lang Lang) string { return lang.Pick(t.ZH, t.EN) }

// unitWords names each unit after a count ("3个用户", "3 users") and in a
// rate ("999元/用户/年", "¥999/user/yr"). English adds an "s" after any
// count but 1; Chinese has no plural.
var unitWords = map[Unit]struct{ count, per Text }{
	UnitUser: {Text{"个用户", "user"}, Text{"用户", "user"}},
	UnitBot:  {Text{"个机器人", "bot"}, Text{"个", "bot"}},
	UnitSet:  {Text{"套", "set"}, Text{"套", "set"}},
}

// Word is the unit's word after a count of n: "个用户", "users", "bot".
func (u Unit) Word(lang Lang, n int64) string {
	w := unitWords[u].count.In(lang)
	if lang == EN && n != 1 && w != "" {
		w += "s"
	}
	return w
}

// Count is n with the unit's word, digits grouped: "1,000个用户", "3 bots".
func (u Unit) Count(lang Lang, n int64) string {
	return group(strconv.FormatInt(n, 10)) + lang.Pick("", " ") + u.Word(lang, n)
}

// Per is the unit's word in a rate after "元/": "用户", "个", "user".
func (u Unit) Per(lang Lang) string { return unitWords[u].per.In(lang) }
