//go:build !benchfloor

package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	calc "qidian-calculator/app"
)

// newPage is the calculator. (make bench also builds this package with
// -tags benchfloor, where page_floor.go puts a bare page in its place.)
func newPage() app.Composer { return calc.NewCalculator() }
