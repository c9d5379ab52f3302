//go:build benchfloor

package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/internal/floorpage"
)

// newPage is the bench's floor: the same server around a bare go-app page,
// to tell go-app's and the browser's start-up cost from the calculator's.
func newPage() app.Composer { return &floorpage.Page{} }
