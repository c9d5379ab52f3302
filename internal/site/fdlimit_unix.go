//go:build unix

package site

import "syscall"

// fdLimit is the process's limit on open files.
func fdLimit() uint64 {
	var r syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &r); err != nil {
		return fallbackFDLimit
	}
	return r.Cur
}
