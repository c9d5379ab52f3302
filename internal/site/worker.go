package site

import _ "embed"

// serviceWorkerJS replaces go-app's worker template, whose install handler
// does not wait for its cache: a visitor who went offline right after a
// first visit could find files missing.
//
//go:embed worker.js
var serviceWorkerJS string
