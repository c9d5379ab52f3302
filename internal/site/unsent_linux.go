package site

import (
	"net"
	"syscall"
	"unsafe"
)

// unsentBytes is how many bytes written to c its peer has not yet
// acknowledged (SIOCOUTQ), 0 if that cannot be read.
func unsentBytes(c net.Conn) int64 {
	sc, ok := c.(syscall.Conn)
	if !ok {
		return 0
	}
	raw, err := sc.SyscallConn()
	if err != nil {
		return 0
	}
	var n int32
	var errno syscall.Errno
	if raw.Control(func(fd uintptr) {
		_, _, errno = syscall.Syscall(syscall.SYS_IOCTL, fd, syscall.TIOCOUTQ, uintptr(unsafe.Pointer(&n)))
	}) != nil || errno != 0 {
		return 0
	}
	return int64(n)
}
