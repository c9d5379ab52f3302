package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/pricing"
)

// preferredLang is the language for a visitor who has chosen none and
// whose link names none: the first of the browser's languages (most wanted
// first) that is Chinese or English. A browser that asks only for others
// gets English; one that says nothing, Chinese, the default.
// internal/site/loader.go's startLanguage chooses the same way.
func preferredLang(tags []string) pricing.Lang {
	for _, tag := range tags {
		switch tag = strings.ToLower(tag); {
		case strings.HasPrefix(tag, "zh"):
			return pricing.ZH
		case strings.HasPrefix(tag, "en"):
			return pricing.EN
		}
	}
	if len(tags) > 0 {
		return pricing.EN
	}
	return pricing.ZH
}

// browserLanguages lists the languages the browser asks for, most wanted
// first (navigator.languages, else navigator.language); none on the server.
func browserLanguages() []string {
	nav := app.Window().Get("navigator")
	var tags []string
	if ls := nav.Get("languages"); ls.Truthy() {
		for i := 0; i < ls.Length(); i++ {
			if s := ls.Index(i).String(); s != "" {
				tags = append(tags, s)
			}
		}
	}
	if l := nav.Get("language"); len(tags) == 0 && l.Truthy() {
		tags = append(tags, l.String())
	}
	return tags
}
