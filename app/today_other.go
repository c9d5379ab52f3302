//go:build !wasm

package app

import "time"

// today is the server's calendar day, used when the page is prerendered.
func today() time.Time {
	y, m, d := time.Now().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// localTime is t in UTC: the server has no visitor's clock.
func localTime(t time.Time) time.Time { return t.UTC() }

// revisited is false on the server: it prerenders no visitor's page.
func revisited() bool { return false }
