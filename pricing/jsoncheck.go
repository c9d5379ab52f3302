package pricing

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// encoding/json takes the last of two equal keys (matched regardless of
// case) and reports a wrong type by a path without line numbers. So an
// estimate's tokens are walked once before it is decoded: a duplicate key is
// refused with its path, and a value of the wrong type is named by line and
// field, as the page names them.

// shape is what a value of the estimate may be; null is always allowed, as
// encoding/json reads it as "not given". Unknown keys may hold anything.
type shape struct {
	kinds  string            // accepted kinds: o(bject) a(rray) s(tring) n(umber)
	field  Field             // the field a wrong type is reported on
	line   bool              // an array element that is a line of the estimate
	fields map[string]*shape // an object's keys, folded as foldKey does
	elem   *shape            // an array's elements
}

var (
	textShape  = func(f Field) *shape { return &shape{kinds: "s", field: f} }
	countShape = func(f Field) *shape { return &shape{kinds: "sn", field: f} }

	estimateShape = &shape{kinds: "o", field: FieldEstimate, fields: map[string]*shape{
		"FORMAT":    {kinds: "n", field: FieldEstimate},
		"CATALOG":   textShape(FieldEstimate),
		"LANG":      textShape(FieldEstimate),
		"REFERENCE": textShape(FieldReference),
		"NAME":      textShape(FieldName),
		"TERM": {kinds: "o", field: FieldEstimate, fields: map[string]*shape{
			"BASIS":  textShape(FieldTermBasis),
			"YEARS":  countShape(FieldTermYears),
			"MONTHS": countShape(FieldTermMonths),
			"EXPIRY": textShape(FieldExpiry),
			"FROM":   textShape(FieldFrom),
		}},
		"LINES": {kinds: "a", field: FieldEstimate, elem: &shape{kinds: "o", field: FieldEstimate, line: true, fields: map[string]*shape{
			"ITEM":     textShape(FieldItem),
			"MODE":     textShape(FieldMode),
			"QUANTITY": countShape(FieldQuantity),
			"YEARS":    countShape(FieldYears),
			"INDUSTRY": textShape(FieldIndustry),
			"AFTER":    countShape(FieldAfter),
		}}},
		"DETAILS": {kinds: "o", field: FieldDetails, fields: map[string]*shape{
			"CUSTOMER":  textShape(FieldDetails),
			"CONTACT":   textShape(FieldDetails),
			"NOTES":     textShape(FieldDetails),
			"VALIDDAYS": countShape(FieldDetails),
		}},
	}}
)

// maxJSONDepth bounds nesting: an estimate needs five levels, and the walk
// must not recurse as deep as a hostile file nests.
const maxJSONDepth = 64

// checkEstimateJSON walks the first JSON value in data against
// estimateShape. Syntax errors it leaves to json.Unmarshal, which reports
// them for the whole input.
func checkEstimateJSON(data []byte) *InputError {
	w := jsonWalk{dec: json.NewDecoder(bytes.NewReader(data))}
	w.dec.UseNumber()
	err := w.value("", estimateShape, -1, 0)
	if err == errJSONSyntax {
		return nil
	}
	if ie, ok := err.(*InputError); ok {
		return ie
	}
	return nil
}

var errJSONSyntax = errors.New("json syntax")

type jsonWalk struct{ dec *json.Decoder }

func (w *jsonWalk) value(path string, s *shape, line, depth int) error {
	tok, err := w.dec.Token()
	if err != nil {
		return errJSONSyntax
	}
	kind := "x" // bool or null: null is always fine, bool never expected
	switch t := tok.(type) {
	case json.Delim:
		kind = map[json.Delim]string{'{': "o", '[': "a"}[t]
	case string:
		kind = "s"
	case json.Number:
		kind = "n"
	case nil:
		s = nil
	}
	if s != nil && !containsKind(s.kinds, kind) {
		return wrongType(path, s.field, line)
	}
	if kind != "o" && kind != "a" {
		return nil
	}
	if depth >= maxJSONDepth {
		return &InputError{Line: -1, Field: FieldEstimate, Reason: BadFormat, Value: "nested deeper than " + strconv.Itoa(maxJSONDepth) + " levels"}
	}
	if kind == "a" {
		for i := 0; w.dec.More(); i++ {
			var elem *shape
			elemLine := line
			if s != nil {
				elem = s.elem
				if elem != nil && elem.line {
					elemLine = i
				}
			}
			if err := w.value(path+"["+strconv.Itoa(i)+"]", elem, elemLine, depth+1); err != nil {
				return err
			}
		}
	} else {
		seen := map[string]bool{}
		for w.dec.More() {
			tok, err := w.dec.Token()
			if err != nil {
				return errJSONSyntax
			}
			key, _ := tok.(string)
			sub := path + "." + key
			if path == "" {
				sub = key
			}
			folded := foldKey(key)
			if seen[folded] {
				return &InputError{Line: -1, Field: FieldEstimate, Reason: DuplicateKey, Value: sub}
			}
			seen[folded] = true
			var field *shape
			if s != nil {
				field = s.fields[folded]
			}
			if err := w.value(sub, field, line, depth+1); err != nil {
				return err
			}
		}
	}
	if _, err := w.dec.Token(); err != nil { // the closing ] or }
		return errJSONSyntax
	}
	return nil
}

func containsKind(kinds, kind string) bool {
	for i := 0; i < len(kinds); i++ {
		if kinds[i:i+1] == kind {
			return true
		}
	}
	return false
}

func wrongType(path string, f Field, line int) *InputError {
	if path == "" {
		return &InputError{Line: -1, Field: FieldEstimate, Reason: BadFormat, Value: "not a JSON object"}
	}
	if f == FieldEstimate {
		line = -1
	}
	return &InputError{Line: line, Field: f, Reason: WrongType, Value: path}
}

// foldKey maps a key to the same string as every key encoding/json would
// match to it: each rune to the least rune of its case-folding orbit, so
// "years", "YEARS" and "yearſ" meet.
func foldKey(key string) string {
	out := make([]byte, 0, len(key))
	for _, r := range key {
		least := r
		for next := unicode.SimpleFold(r); next != r; next = unicode.SimpleFold(next) {
			least = min(least, next)
		}
		out = utf8.AppendRune(out, least)
	}
	return string(out)
}
