package runtime

import "unsafe"

// iovec is WASI's scatter/gather buffer descriptor.
type iovec struct {
	buf    unsafe.Pointer
	bufLen uintptr
}

//go:wasmimport wasi_snapshot_preview1 fd_write
func fdWrite(fd int32, iovs *iovec, iovsLen uintptr, nwritten *uintptr) uint32

//go:wasmimport wasi_snapshot_preview1 proc_exit
func procExit(code uint32)

// The iovec and count of writeFD are globals so that no call allocates.
var writeIov iovec
var writeCount uintptr

// writeFD writes all of buf[:n] to a file descriptor, ignoring errors as
// Go's runtime does for its own output.
//tinypy:nopanic
func writeFD(fd int32, buf unsafe.Pointer, n uintptr) {
	iov := &writeIov
	written := &writeCount
	for n > 0 {
		iov.buf = buf
		iov.bufLen = n
		if fdWrite(fd, iov, 1, written) != 0 || *written == 0 {
			return
		}
		buf = unsafe.Add(buf, *written)
		n -= *written
	}
}
