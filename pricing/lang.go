package pricing

// The calculator's two languages. Messages, working, exports and the page
// pick their language with Lang.Pick or Text.In; each enum's words stand
// beside it (a Field's and a Reason's in errors.go, a Unit's in catalog.go).

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
