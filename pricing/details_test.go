package pricing

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func TestDetailsProblems(t *testing.T) {
	cases := []struct {
		name string
		d    Details
		want string // "field reason limit; …"
	}{
		{"none given", Details{}, ""},
		{"all given", Details{Customer: "某某科技有限公司", Contact: "张三", Notes: "第一行\n第二行", ValidDays: "15"}, ""},
		{"at the bounds", Details{Customer: strings.Repeat("客", MaxCustomerChars), Contact: strings.Repeat("a", MaxContactChars),
			Notes: strings.Repeat("备", MaxNotesChars), ValidDays: "365"}, ""},
		{"full-width days", Details{ValidDays: "６０"}, ""},

		// Lengths count characters, not bytes.
		{"customer too long", Details{Customer: strings.Repeat("客", MaxCustomerChars+1)}, "customer too-long 80"},
		{"contact too long", Details{Contact: strings.Repeat("a", MaxContactChars+1)}, "contact too-long 40"},
		{"notes too long", Details{Notes: strings.Repeat("x", MaxNotesChars+1)}, "notes too-long 500"},

		// Text a page or a terminal would misread.
		{"escape sequence", Details{Customer: "ACME\x1b[31m"}, "customer bad-text 0"},
		{"line break in a name", Details{Contact: "张\n三"}, "contact bad-text 0"},
		{"tab in notes", Details{Notes: "a\tb"}, "notes bad-text 0"},
		{"right-to-left override", Details{Customer: "ACME\u202Egnp.exe"}, "customer bad-text 0"},
		{"invalid UTF-8", Details{Notes: "\xff\xfe"}, "notes bad-text 0"},
		{"replacement character", Details{Notes: "\uFFFD"}, "notes bad-text 0"},
		{"zero-width space", Details{Customer: "某某\u200B科技"}, "customer bad-text 0"},
		{"byte order mark inside", Details{Contact: "张三\uFEFF"}, "contact bad-text 0"},
		{"word joiner", Details{Notes: "a\u2060b"}, "notes bad-text 0"},

		// The validity is a count of days.
		{"days zero", Details{ValidDays: "0"}, "validDays too-small 1"},
		{"days over a year", Details{ValidDays: "366"}, "validDays too-large 365"},
		{"days not a number", Details{ValidDays: "thirty"}, "validDays not-a-number 0"},
		{"days a fraction", Details{ValidDays: "7.5"}, "validDays not-whole 0"},

		{"several", Details{Customer: "\x00", ValidDays: "-1"}, "customer bad-text 0; validDays too-small 1"},
	}
	for _, c := range cases {
		var got []string
		for _, p := range c.d.Problems() {
			got = append(got, string(p.Field)+" "+string(p.Reason)+" "+itoa(p.Limit))
			for _, lang := range []Lang{ZH, EN} {
				if m := p.Detail(lang); m == "" || strings.Contains(m, string(p.Reason)) {
					t.Errorf("%s: no message in %s: %q", c.name, lang, m)
				}
			}
		}
		if s := strings.Join(got, "; "); s != c.want {
			t.Errorf("%s: problems %q, want %q", c.name, s, c.want)
		}
	}
}

func TestDetailMessages(t *testing.T) {
	cases := []struct {
		err    DetailError
		zh, en string
	}{
		{DetailError{Field: DetailCustomer, Reason: TooLong, Limit: 80},
			"客户名称：最多 80 个字，缩短之前不会印在报价单上。", "Customer: At most 80 characters; it is left off the quote until shortened."},
		{DetailError{Field: DetailNotes, Reason: BadText},
			"备注：含有控制字符或无法识别的文字，不会印在报价单上。", "Notes: Holds control characters or unreadable text; it is left off the quote."},
		{DetailError{Field: DetailValidDays, Reason: TooLarge, Limit: 365},
			"有效期（天）：不能大于 365。", "Validity (days): Must be at most 365."},
	}
	for _, c := range cases {
		if got := c.err.Detail(ZH); got != c.zh {
			t.Errorf("zh %q, want %q", got, c.zh)
		}
		if got := c.err.Detail(EN); got != c.en {
			t.Errorf("en %q, want %q", got, c.en)
		}
	}
	var de *DetailError
	if err := error(&cases[0].err); !errors.As(err, &de) || de.Field != DetailCustomer {
		t.Errorf("errors.As: %v", err)
	}
}

func TestDetailsTravel(t *testing.T) {
	d := Details{Customer: "ACME, 某某科技 & Co=1", Contact: "李 四+", Notes: "第一行\n100% 按年付款, a&b", ValidDays: "45"}
	e := Estimate{Catalog: "2026-11", Lang: ZH, Details: d, Lines: []Line{{Item: "chat-basic", Mode: New, Quantity: "5", Years: "2"}}}

	back, err := DecodeLink(EncodeLink(e))
	if err != nil || back.Details != d || len(back.Lines) != 1 {
		t.Errorf("link: %+v, %v; want %+v", back.Details, err, d)
	}
	back, err = DecodeEstimate(EncodeEstimate(e))
	if err != nil || back.Details != d {
		t.Errorf("JSON: %+v, %v; want %+v", back.Details, err, d)
	}
	// Without details the JSON is as before: no "details" key.
	if b := EncodeEstimate(Estimate{}); strings.Contains(string(b), "details") {
		t.Errorf("an estimate without details writes %s", b)
	}
	// A link without details is written as format 1 always was.
	if link := EncodeLink(Estimate{Lines: e.Lines}); link != "v=1&l=chat-basic,new,5,2" {
		t.Errorf("link without details: %s", link)
	}
}

// A link part far beyond any bound is dropped and named, not carried into the page.
func TestDetailsLinkBounded(t *testing.T) {
	long := strings.Repeat("x", maxDetailLinkBytes+1)
	e, err := DecodeLink("v=1&customer=ACME&notes=" + long + "&l=chat-basic,new,5,2")
	var ie *InputError
	if !errors.As(err, &ie) || ie.Reason != LinkPartUnread || ie.Value != "notes=…" {
		t.Errorf("error %v, want the notes part named as unread", err)
	}
	if e.Details.Customer != "ACME" || e.Details.Notes != "" || len(e.Lines) != 1 {
		t.Errorf("read %+v", e)
	}
	// Just over a field's bound is kept, for the form to say what to shorten.
	e, err = DecodeLink("v=1&customer=" + strings.Repeat("a", MaxCustomerChars+1))
	if err != nil || len(e.Details.Problems()) != 1 {
		t.Errorf("%v, problems %v", err, e.Details.Problems())
	}
	// A broken escape is kept as typed.
	if e, err := DecodeLink("v=1&contact=%zz"); err != nil || e.Details.Contact != "%zz" {
		t.Errorf("%+v, %v", e.Details, err)
	}
}

func TestDetailsInJSONFile(t *testing.T) {
	data := `{"format":1,"term":{},"lines":[],"details":{"customer":"ACME","validDays":7}}`
	e, err := DecodeEstimate([]byte(data))
	if err != nil || e.Details.Customer != "ACME" || e.Details.ValidDays != "7" {
		t.Fatalf("%+v, %v", e.Details, err)
	}
	b, _ := json.Marshal(e.Details)
	if string(b) != `{"customer":"ACME","validDays":7}` {
		t.Errorf("written back as %s", b)
	}
}
