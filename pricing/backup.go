package pricing

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
)

// A backup is every estimate kept on a device in one file, to keep or to
// move to another browser: each in the format DecodeEstimate reads, in a
// list.
//
//	{"format": 1, "estimates": [{"format": 1, "lines": […], …}, …]}
//
// Each estimate is held to the limits of one file; the backup as a whole to
// MaxBackupBytes and MaxBackupEstimates.

// BackupFormatVersion is the version of the backup this package writes. It
// reads every version up to it.
const BackupFormatVersion = 1

// MaxBackupEstimates bounds a backup's list, and so how many estimates a
// device keeps (what is kept must export to a file that imports).
// MaxBackupBytes is the largest backup read: above what a browser's
// localStorage holds (5 MiB of text in Chromium), so every export imports.
const (
	MaxBackupEstimates = 500
	MaxBackupBytes     = 8 << 20
)

// BackupError is a backup that cannot be read: the estimate at Index
// (0-based) is, as DecodeEstimate says, or, with Index -1, the file as a
// whole.
type BackupError struct {
	Index int
	Err   *InputError // its Line and Field are within the estimate
}

func (e *BackupError) Error() string {
	if e.Index < 0 {
		return "backup: " + e.Err.Error()
	}
	return "estimate " + strconv.Itoa(e.Index+1) + ": " + e.Err.Error()
}

func (e *BackupError) Unwrap() error { return e.Err }

// Message is what the page says of a backup it could not read: no field
// stands beside it, so it names the estimate, line and field (Detail).
func (e *BackupError) Message(lang Lang) string { return e.Detail(lang) }

var _ Problem = (*BackupError)(nil)

// Detail is the message with the estimate, line and field named.
func (e *BackupError) Detail(lang Lang) string {
	if e.Index < 0 {
		return e.Err.Detail(lang)
	}
	n := strconv.Itoa(e.Index + 1)
	return lang.Pick("第 "+n+" 份估算，", "Estimate "+n+", ") + uncapitalized(e.Err.Detail(lang), lang)
}

func uncapitalized(s string, lang Lang) string {
	if lang == EN && s != "" && s[0] >= 'A' && s[0] <= 'Z' {
		return string(s[0]-'A'+'a') + s[1:]
	}
	return s
}

// EncodeEstimates writes es as a backup, each as EncodeEstimate would.
func EncodeEstimates(es []Estimate) []byte {
	list := make([]json.RawMessage, len(es))
	for i, e := range es {
		list[i] = bytes.TrimSuffix(EncodeEstimate(e), []byte("\n"))
	}
	b, _ := json.MarshalIndent(struct {
		Format    int               `json:"format"`
		Estimates []json.RawMessage `json:"estimates"`
	}{BackupFormatVersion, list}, "", "  ") // cannot fail: each is valid JSON
	return append(b, '\n')
}

// DecodeEstimates reads a backup written by EncodeEstimates. It is read
// whole or not at all: the first estimate DecodeEstimate refuses is named
// by its index (BackupError). As in one file, unknown keys are ignored, a
// key given twice is refused and a leading byte-order mark is skipped.
func DecodeEstimates(data []byte) ([]Estimate, error) {
	whole := func(r Reason, what string) error {
		return &BackupError{Index: -1, Err: &InputError{Line: -1, Field: FieldBackup, Reason: r, Value: what}}
	}
	if len(data) > MaxBackupBytes {
		err := whole(InputTooLarge, "")
		err.(*BackupError).Err.Limit = MaxBackupBytes
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	syntax := func(err error) error {
		if errors.Is(err, io.EOF) {
			return whole(BadFormat, "the JSON ends early")
		}
		return whole(BadFormat, jsonProblem(err))
	}
	if tok, err := dec.Token(); err != nil {
		return nil, syntax(err)
	} else if tok != json.Delim('{') {
		return nil, whole(BadFormat, "not a JSON object")
	}
	var (
		format    json.Number
		estimates []Estimate
		listed    bool
		seen      = map[string]bool{}
	)
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, syntax(err)
		}
		key, _ := tok.(string)
		folded := foldKey(key)
		if seen[folded] {
			return nil, whole(DuplicateKey, key)
		}
		seen[folded] = true
		switch folded {
		case "FORMAT":
			tok, err := dec.Token()
			if err != nil {
				return nil, syntax(err)
			}
			if format, _ = tok.(json.Number); format == "" {
				return nil, &BackupError{Index: -1, Err: &InputError{Line: -1, Field: FieldBackup, Reason: WrongType, Value: key}}
			}
		case "ESTIMATES":
			listed = true
			if estimates, err = decodeEstimateList(dec, key); err != nil {
				return nil, err
			}
		default: // a later minor change's key
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, syntax(err)
			}
		}
	}
	if _, err := dec.Token(); err != nil { // the closing }
		return nil, syntax(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, whole(BadFormat, "more after the backup's closing }")
	}
	switch v, err := strconv.Atoi(string(format)); {
	case err != nil || v < 1:
		return nil, whole(BadFormat, "no \"format\": 1")
	case v > BackupFormatVersion:
		return nil, whole(NewerFormat, string(format))
	case !listed:
		return nil, whole(BadFormat, "no \"estimates\" list")
	}
	return estimates, nil
}

// decodeEstimateList reads the backup's list, each estimate through
// DecodeEstimate.
func decodeEstimateList(dec *json.Decoder, key string) ([]Estimate, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, &BackupError{Index: -1, Err: &InputError{Line: -1, Field: FieldBackup, Reason: BadFormat, Value: jsonProblem(err)}}
	}
	if tok != json.Delim('[') {
		return nil, &BackupError{Index: -1, Err: &InputError{Line: -1, Field: FieldBackup, Reason: WrongType, Value: key}}
	}
	out := []Estimate{}
	for i := 0; dec.More(); i++ {
		if i == MaxBackupEstimates {
			return nil, &BackupError{Index: -1, Err: &InputError{Line: -1, Field: FieldBackup, Reason: TooManyEstimates, Limit: MaxBackupEstimates}}
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, &BackupError{Index: i, Err: &InputError{Line: -1, Field: FieldEstimate, Reason: BadFormat, Value: jsonProblem(err)}}
		}
		e, err := DecodeEstimate(raw)
		if err != nil {
			return nil, &BackupError{Index: i, Err: err.(*InputError)}
		}
		out = append(out, e)
	}
	if _, err := dec.Token(); err != nil { // the closing ]
		return nil, &BackupError{Index: -1, Err: &InputError{Line: -1, Field: FieldBackup, Reason: BadFormat, Value: jsonProblem(err)}}
	}
	return out, nil
}

// backupMessage is the message of an InputError about a backup as a whole.
func backupMessage(e *InputError, lang Lang) string {
	n := strconv.FormatInt(e.Limit, 10)
	switch e.Reason {
	case TooManyEstimates:
		return lang.Pick("一个备份文件最多 "+n+" 份估算，未读取。", "A backup holds at most "+n+" estimates; it was not read.")
	case InputTooLarge:
		size := strconv.FormatInt(e.Limit>>20, 10) + " MiB"
		return lang.Pick("备份文件大于 "+size+"，未读取。", "The backup file is larger than "+size+"; it was not read.")
	case BadFormat:
		return lang.Pick("无法读取此备份：它不是本计算器导出的估算备份 JSON。", "This backup cannot be read: it is not a backup JSON exported by this calculator.")
	}
	asEstimate := *e // a newer format, a key given twice, a wrong type: said as of one file
	asEstimate.Field = FieldEstimate
	return asEstimate.Message(lang)
}
