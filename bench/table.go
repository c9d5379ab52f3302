//go:build !wasm

package main

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// row is one figure of the table. A target is only shown, never enforced:
// met is "" when the figure has no target.
type row struct {
	figure, value, target, met string
}

// withTarget fills in the target columns; ok says whether it is met.
func (r row) withTarget(target string, ok bool) row {
	r.target = target
	r.met = "no"
	if ok {
		r.met = "yes"
	}
	return r
}

func writeTable(w io.Writer, rows []row) error {
	var b strings.Builder
	b.WriteString("| Figure | Value | Target | Met? |\n")
	b.WriteString("|---|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", cell(r.figure), cell(r.value), cell(r.target), cell(r.met))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// cell keeps a value from breaking the table.
func cell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s)
}

// grouped formats n with thousands separators: 1550459 → "1,550,459".
func grouped(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// megabytes is decimal (10^6 bytes), as the size target is written.
func megabytes(n int64) string {
	return fmt.Sprintf("%s B (%.2f MB)", grouped(n), float64(n)/1e6)
}

func millis(ms float64) string {
	if ms < 10 {
		return fmt.Sprintf("%.2f ms", ms)
	}
	return grouped(int64(math.Round(ms))) + " ms"
}

// duration picks a unit a reader compares at a glance with the targets.
func duration(ns float64) string {
	switch {
	case ns >= 1e6:
		return fmt.Sprintf("%.2f ms", ns/1e6)
	case ns >= 1e3:
		return fmt.Sprintf("%.1f µs", ns/1e3)
	default:
		return fmt.Sprintf("%.0f ns", ns)
	}
}
