package pricing

import (
	"errors"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestValidReference(t *testing.T) {
	for ref, want := range map[string]bool{
		"QD-261207-K7QM3X":   true,
		"QD-5VX6-JGE5":       true, // the derived numbers of estimates from before
		"QD-261207-K7QM3X-2": true,
		"QD-A":               true,
		"":                   false,
		"QD-":                false,
		"QD":                 false,
		"qd-261207-K7QM3X":   false,
		"QD-261207-k7qm3x":   false,
		"QD--K7QM3X":         false,
		"QD-261207-":         false,
		"QD-1-2-3-4":         false, // four groups
		"QD-261207 K7QM3X":   false,
		"QD-261207-K7QM3X\n": false,
		"QD-２６１２０７":          false, // full-width digits
		"QD-" + strings.Repeat("A", MaxReferenceChars-3):   true,
		"QD-" + strings.Repeat("A", MaxReferenceChars-2):   false,
		"QD-261207-K7QM3X<script>":                         false,
		"QD-261207-K7QM3X\u202e":                           false,
		"XX-261207-K7QM3X":                                 false,
		"QD-2612\u00a007":                                  false,
		"QD-261207-K7QM3X" + strings.Repeat("-1", 1):       true,
		"QD-261207-K7QM3X" + strings.Repeat("-1", 2):       false,
		"QD-" + strings.Repeat("9", 10) + "-" + "ABCDEFGH": true,
	} {
		if got := ValidReference(ref); got != want {
			t.Errorf("ValidReference(%q) = %v, want %v", ref, got, want)
		}
	}
}

func TestNewReference(t *testing.T) {
	day := time.Date(2026, 12, 7, 23, 30, 0, 0, time.UTC)
	ref := NewReference(day, nil, nil)
	if !regexp.MustCompile(`^QD-261207-[A-Z2-7]{6}$`).MatchString(ref) || !ValidReference(ref) {
		t.Fatalf("NewReference = %q, want QD-261207- and six base32 characters", ref)
	}

	// Numbers taken on the device are never given again.
	taken := map[string]bool{}
	for range 300 {
		r := NewReference(day, nil, func(s string) bool { return taken[s] })
		if taken[r] {
			t.Fatalf("%s given twice", r)
		}
		taken[r] = true
	}

	// A random source that repeats itself: the taken number is skipped.
	calls := 0
	repeating := func(b []byte) {
		calls++
		for i := range b {
			b[i] = byte(min(calls, 3)) // the third and later calls give the same bytes
		}
	}
	first := NewReference(day, repeating, nil)
	second := NewReference(day, repeating, func(s string) bool { return s == first })
	if second == first {
		t.Errorf("NewReference returned the taken %s", first)
	}
	stuck := func(b []byte) { clear(b) }
	zero := NewReference(day, stuck, nil)
	got := NewReference(day, stuck, func(s string) bool { return s == zero || s == zero+"-2" })
	if got != zero+"-3" || !ValidReference(got) {
		t.Errorf("with a stuck random source and %s, %s-2 taken: %s, want %s-3", zero, zero, got, zero)
	}
}

func TestCheckName(t *testing.T) {
	for name, want := range map[string]Reason{
		"":                                  "",
		"ACME 续费 2027":                      "",
		strings.Repeat("名", MaxNameChars):   "",
		strings.Repeat("名", MaxNameChars+1): TooLong,
		"two\nlines":                        BadText,
		"tab\there":                         BadText,
		"\x1b[31mred":                       BadText,
		"right\u202eto left":                BadText,
		"bad \xff byte":                     BadText,
		"zero\u200bwidth":                   BadText,
	} {
		err := CheckName(name)
		switch {
		case want == "" && err != nil:
			t.Errorf("CheckName(%q) = %v, want nil", name, err)
		case want != "" && (err == nil || err.Reason != want || err.Field != FieldName):
			t.Errorf("CheckName(%q) = %v, want %s on the name", name, err, want)
		}
	}
	long := CheckName(strings.Repeat("x", MaxNameChars+1))
	if got := long.Detail(ZH); got != "估算名称：最多 80 个字。" {
		t.Errorf("zh: %q", got)
	}
	if got := long.Detail(EN); got != "Estimate name: At most 80 characters." {
		t.Errorf("en: %q", got)
	}
	if got := CheckName("a\tb").Message(EN); !strings.Contains(got, "control characters") {
		t.Errorf("en: %q", got)
	}
}

func TestEstimateJSONKeepsReferenceAndName(t *testing.T) {
	e := Estimate{Format: 1, Reference: "QD-261207-K7QM3X", Name: "ACME, 续费 & more", Lines: []Line{{Item: "chat-basic", Quantity: "5", Years: "2"}}}
	data := EncodeEstimate(e)
	if !strings.Contains(string(data), `"reference": "QD-261207-K7QM3X"`) || !strings.Contains(string(data), `"name": "ACME, 续费 \u0026 more"`) {
		t.Fatalf("written as\n%s", data)
	}
	back, err := DecodeEstimate(data)
	if err != nil || !reflect.DeepEqual(back, e) {
		t.Fatalf("read back %+v, %v; want %+v", back, err, e)
	}
	// An estimate without them writes neither key: files stay as they were.
	if plain := string(EncodeEstimate(Estimate{})); strings.Contains(plain, "reference") || strings.Contains(plain, "name") {
		t.Errorf("an estimate without labels is written\n%s", plain)
	}
}

func TestEstimateJSONRefusesBadLabels(t *testing.T) {
	cases := []struct {
		json   string
		field  Field
		reason Reason
	}{
		{`{"format":1,"reference":"QD-1234-abcd","lines":[]}`, FieldReference, BadReference},
		{`{"format":1,"reference":"<b>","lines":[]}`, FieldReference, BadReference},
		{`{"format":1,"reference":12,"lines":[]}`, FieldReference, WrongType},
		{`{"format":1,"name":["a"],"lines":[]}`, FieldName, WrongType},
		{`{"format":1,"name":"a\u0007b","lines":[]}`, FieldName, BadText},
		{`{"format":1,"name":"` + strings.Repeat("n", MaxNameChars+1) + `","lines":[]}`, FieldName, TooLong},
		{`{"format":1,"name":"a","NAME":"b","lines":[]}`, FieldEstimate, DuplicateKey},
		{`{"format":1,"reference":"QD-A","Reference":"QD-B","lines":[]}`, FieldEstimate, DuplicateKey},
	}
	for _, c := range cases {
		_, err := DecodeEstimate([]byte(c.json))
		var ie *InputError
		if !errors.As(err, &ie) || ie.Field != c.field || ie.Reason != c.reason {
			t.Errorf("%s: %v, want %s on %s", c.json, err, c.reason, c.field)
			continue
		}
		for _, lang := range []Lang{ZH, EN} {
			if msg := ie.Message(lang); msg == "" || msg == string(ie.Reason) {
				t.Errorf("%s: no %s message: %q", c.json, lang, msg)
			}
		}
	}
	_, err := DecodeEstimate([]byte(`{"format":1,"reference":"qd-1","lines":[]}`))
	if ie := err.(*InputError); ie.Detail(ZH) != "报价单号：报价单号应为 QD- 加字母和数字，例如 QD-261207-K7QM3X。" ||
		ie.Detail(EN) != "Quote number: A quote number is QD- and letters and digits, such as QD-261207-K7QM3X." {
		t.Errorf("messages %q, %q", ie.Detail(ZH), ie.Detail(EN))
	}
}

func TestLinkCarriesReferenceAndName(t *testing.T) {
	e := Estimate{Format: 1, Catalog: "2026-11", Lang: EN, Reference: "QD-261207-K7QM3X", Name: "A&B=C, 续费 #1 %",
		Term: Term{Years: "1"}, Lines: []Line{{Item: "chat-basic", Mode: New, Quantity: "5", Years: "2"}}}
	link := EncodeLink(e)
	if !strings.HasPrefix(link, "v=1&c=2026-11&lang=en&ref=QD-261207-K7QM3X&name=") {
		t.Errorf("link %s", link)
	}
	back, err := DecodeLink("#" + link)
	if err != nil || !reflect.DeepEqual(back, e) {
		t.Fatalf("%s read back %+v, %v", link, back, err)
	}

	// A format-1 link from before opens as it did: no reference, no name.
	old, err := DecodeLink("v=1&c=2026-11&lang=zh-CN&t=1,6&l=chat-basic,new,5,2")
	if err != nil || old.Reference != "" || old.Name != "" || len(old.Lines) != 1 {
		t.Errorf("an old link: %+v, %v", old, err)
	}
}

func TestLinkRefusesBadLabels(t *testing.T) {
	for link, field := range map[string]Field{
		"v=1&ref=QD-1%0A2&l=chat-basic,new,5,2":                                     FieldReference,
		"v=1&ref=" + strings.Repeat("A", 10000) + "&l=chat-basic,new,5,2":           FieldReference,
		"v=1&name=a%07b&l=chat-basic,new,5,2":                                       FieldName,
		"v=1&name=" + strings.Repeat("x", MaxNameChars+1) + "&l=chat-basic,new,5,2": FieldName,
	} {
		e, err := DecodeLink(link)
		var ie *InputError
		if !errors.As(err, &ie) || ie.Field != field {
			t.Errorf("%.60s: %v, want an error on %s", link, err, field)
		}
		if len(e.Lines) != 1 || e.Reference != "" || e.Name != "" {
			t.Errorf("%.60s: %+v, want the line read and the bad part left out", link, e)
		}
		if ie != nil && len(ie.Value) > 200 {
			t.Errorf("%.60s: the error echoes %d bytes", link, len(ie.Value))
		}
	}
	// With another unreadable part, both are named as the link's parts.
	_, err := DecodeLink("v=1&ref=bad&zz=1&l=chat-basic")
	if ie, ok := err.(*InputError); !ok || ie.Reason != LinkPartUnread || ie.Value != "ref=… zz=1" {
		t.Errorf("two bad parts: %v", err)
	}
}

func TestReferenceIsTheEstimatesOwn(t *testing.T) {
	cat := Default()
	e := Estimate{Lines: []Line{{Item: "chat-basic", Mode: New, Quantity: "5", Years: "2"}}}
	q := cat.Price(e, goldenToday)
	derived := Reference(e, &q)

	named := e
	named.Name = "ACME"
	if got := Reference(named, &q); got != derived {
		t.Errorf("a name changed the derived reference: %s, want %s", got, derived)
	}
	own := e
	own.Reference = "QD-261207-K7QM3X"
	if got := Reference(own, &q); got != own.Reference {
		t.Errorf("Reference = %s, want the estimate's own %s", got, own.Reference)
	}
	twin := own
	twin.Reference = "QD-261207-AAAAAA"
	if Reference(twin, &q) == Reference(own, &q) {
		t.Error("two estimates with the same lines print the same number")
	}
	bad := e
	bad.Reference = "not one"
	if got := Reference(bad, &q); got != derived {
		t.Errorf("an invalid reference printed as %s, want the derived %s", got, derived)
	}

	// The exported file carries the number printed, and reopens with it.
	x := NewExport(e, &q, ZH, goldenToday)
	back, err := DecodeEstimate(x.JSON())
	if err != nil || back.Reference != derived {
		t.Errorf("the export reopens with reference %q (%v), want %s", back.Reference, err, derived)
	}
	if n := strings.Count(string(x.JSON()), `"reference"`); n != 1 {
		t.Errorf("the export has %d reference keys, want 1", n)
	}
}
