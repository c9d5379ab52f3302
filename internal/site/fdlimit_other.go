//go:build !unix

package site

// fdLimit: without getrlimit, the limit most systems start processes with.
func fdLimit() uint64 { return fallbackFDLimit }
