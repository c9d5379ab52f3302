//go:build !wasm

package main

import (
	"fmt"
	"slices"
)

// Targets of issue 15: the calculator against the stock go-app page,
// measured in the same run.
const (
	firstVisitRatio       = 1.15 // first visit answered, calculator ÷ stock
	returningRatio        = 1.0  // returning visit answered
	returningCachedRatio  = 0.6  // the same, once V8's code cache engages
	wasmBrotliRatio       = 1.15 // app.wasm brotli
	afterStartP95MarginMs = 3    // interaction p95 right after start, over the stock page's
)

// returningName describes the returning visit in every row that has it.
const returningName = "returning visit (first visit in a disk profile, left open until the worker holds app.wasm + 5 s, browser closed, a new one opens the page)"

// siteRows are a yardstick's own figures.
func siteRows(y yardstick, s siteRun) []row {
	rows := []row{{figure: y.name + ": app.wasm, brotli q11", value: megabytes(s.sizes.brotli)}}
	for _, lr := range s.loads {
		rows = append(rows,
			row{figure: fmt.Sprintf("%s, first visit (new profile), %s: interactive", y.name, lr.link.name), value: spread(collect(lr.cold, visit.interactive))},
			row{figure: fmt.Sprintf("%s, second visit in the same browser (worker stopped), %s: interactive", y.name, lr.link.name), value: spread(collect(lr.warm, visit.interactive))},
			row{figure: fmt.Sprintf("%s, first visit, %s: where the time goes (medians)", y.name, lr.link.name), value: phases(lr.cold)},
		)
	}
	rows = append(rows, returningRows(y.name, s)...)
	if len(s.afterStart) > 0 {
		for _, lat := range []struct {
			what string
			ms   []float64
		}{{"typed as soon as it answers", s.afterStart}, {"typed on a settled page", s.settled}} {
			rows = append(rows, row{
				figure: fmt.Sprintf("%s: interaction latency, %d changes %s", y.name, len(lat.ms), lat.what),
				value:  fmt.Sprintf("median %s, p95 %s", millis(median(lat.ms)), millis(percentile(lat.ms, 95))),
			})
		}
	}
	return rows
}

// returningRows show a page's returning visits and whether V8's code cache
// engaged.
func returningRows(name string, s siteRun) []row {
	var rows []row
	if len(s.returning) > 0 {
		vs := make([]visit, len(s.returning))
		for i, r := range s.returning {
			vs[i] = r.visit
		}
		last := s.returning[len(s.returning)-1]
		rows = append(rows,
			row{figure: name + ", " + returningName + ", loopback: interactive", value: spread(collect(vs, visit.interactive))},
			row{figure: name + ", returning visit, loopback: where the time goes (medians)", value: phases(vs)},
			row{figure: name + ", returning visit: wasm code cache on disk after the first and the returning visit (last run)",
				value: fmt.Sprintf("Code Cache/wasm %s → %s B; service worker CacheStorage %s → %s B",
					grouped(last.codeCache[0]), grouped(last.codeCache[1]), grouped(last.cacheStorage[0]), grouped(last.cacheStorage[1]))},
		)
	}
	if s.traced {
		rows = append(rows,
			row{figure: name + ", V8's wasm code cache, traced (v8.wasm, disabled-by-default-v8.wasm.detailed), DevTools attached, the probe typing",
				value: s.devtools.String()}.withTarget("engaged: the returning visit deserialises", s.devtools.engaged()),
			row{figure: name + ", V8's wasm code cache, traced, Chromium started with the URL and no DevTools client (nothing types)",
				value: s.noDevTools.String()}.withTarget("engaged: the returning visit deserialises", s.noDevTools.engaged()),
		)
	}
	return rows
}

// comparisonRows put the calculator beside the stock page, with issue 15's
// targets. ours and stock hold what this run measured of each.
func comparisonRows(ours, stock siteRun) []row {
	var rows []row
	ratio := func(a, b []float64) float64 { return median(a) / median(b) }
	for _, l := range []link{loopback, slowLink} {
		o, ok1 := ours.loadsOn(l)
		s, ok2 := stock.loadsOn(l)
		if !ok1 || !ok2 {
			continue
		}
		r := ratio(collect(o.cold, visit.interactive), collect(s.cold, visit.interactive))
		rows = append(rows, row{
			figure: "first visit answered, calculator ÷ stock go-app page (medians), " + l.name,
			value:  fmt.Sprintf("%.2f×", r),
		}.withTarget(fmt.Sprintf("≤ %.2f×", firstVisitRatio), r <= firstVisitRatio))
	}
	if len(ours.returning) > 0 && len(stock.returning) > 0 {
		answered := func(rs []returning) []float64 {
			out := make([]float64, len(rs))
			for i, r := range rs {
				out[i] = r.visit.Interactive
			}
			return out
		}
		r := ratio(answered(ours.returning), answered(stock.returning))
		rows = append(rows, row{
			figure: "returning visit answered, calculator ÷ stock go-app page (medians), loopback",
			value:  fmt.Sprintf("%.2f×", r),
		}.withTarget(fmt.Sprintf("≤ %.2f×; ≤ %.2f× with the code cache engaged", returningRatio, returningCachedRatio),
			r <= returningRatio && (!ours.traced || !ours.devtools.engaged() || r <= returningCachedRatio)))
	}
	if len(ours.afterStart) > 0 && len(stock.afterStart) > 0 {
		o, s := percentile(ours.afterStart, 95), percentile(stock.afterStart, 95)
		rows = append(rows, row{
			figure: "interaction p95 typed as soon as the app answers: calculator, stock go-app page",
			value:  fmt.Sprintf("%s, %s", millis(o), millis(s)),
		}.withTarget(fmt.Sprintf("≤ the stock page's + %d ms", afterStartP95MarginMs), o <= s+afterStartP95MarginMs))
	}
	if ours.sizes.brotli > 0 && stock.sizes.brotli > 0 {
		r := float64(ours.sizes.brotli) / float64(stock.sizes.brotli)
		rows = append(rows, row{
			figure: "app.wasm brotli, calculator ÷ stock go-app page",
			value:  fmt.Sprintf("%.2f× (%s B ÷ %s B)", r, grouped(ours.sizes.brotli), grouped(stock.sizes.brotli)),
		}.withTarget(fmt.Sprintf("≤ %.2f×", wasmBrotliRatio), r <= wasmBrotliRatio))
	}
	return slices.Clip(rows)
}
