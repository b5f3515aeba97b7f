// Package mem moves strings and byte slices between Go and a wasm host
// through linear memory. It ships with tinypy-go: `import
// "tinypy.dev/wasm/mem"` needs no go.mod entry and no network.
//
// A host passes data in by allocating with the module's exported malloc,
// writing the bytes, and passing (ptr, size) to an export; it frees the
// buffer with the exported free when the call has returned. Data goes out as
// (ptr, size), packed into one uint64 by Pack since an export has at most one
// result.
//
// The rules, under the conservative collector (objects never move; a
// collection runs only while Go code allocates, i.e. during a call into the
// module, including malloc):
//
//   - PtrToString and PtrToBytes copy: the result is Go memory, and the
//     host's buffer may be freed as soon as the export returns.
//   - StringToPtr does not copy: the pointer aliases s, whose memory stays
//     valid only while Go keeps s reachable (a global, or a value the caller
//     still uses). After the export returns, the host may read it only before
//     its next call into the module.
//   - StringToLeakedPtr copies s into memory from malloc: it stays in place
//     and alive, whatever Go does, until the host passes ptr to the exported
//     free. Ownership passes to the host.
package mem

import "unsafe"

// malloc is the allocator behind the exported malloc (runtime/gc_*.go):
// memory it returns is never collected or moved until free.
//
//go:linkname malloc runtime.libcMalloc
func malloc(size uintptr) unsafe.Pointer

// PtrToString returns a copy of the size bytes at ptr as a string.
func PtrToString(ptr, size uint32) string {
	if size == 0 {
		return ""
	}
	return string(unsafe.Slice((*byte)(unsafe.Pointer(uintptr(ptr))), size))
}

// PtrToBytes returns a copy of the size bytes at ptr.
func PtrToBytes(ptr, size uint32) []byte {
	b := make([]byte, size)
	if size != 0 {
		copy(b, unsafe.Slice((*byte)(unsafe.Pointer(uintptr(ptr))), size))
	}
	return b
}

// StringToPtr returns the address and length of s's bytes, without copying:
// valid only while s is reachable from Go (see the package comment). The
// pointer of an empty string is 0.
func StringToPtr(s string) (ptr, size uint32) {
	if len(s) == 0 {
		return 0, 0
	}
	return uint32(uintptr(unsafe.Pointer(unsafe.StringData(s)))), uint32(len(s))
}

// StringToLeakedPtr copies s into memory from malloc, which the host owns and
// must release with the exported free. An empty string is (0, 0), which needs
// no free (free(0) does nothing).
func StringToLeakedPtr(s string) (ptr, size uint32) {
	if len(s) == 0 {
		return 0, 0
	}
	p := malloc(uintptr(len(s)))
	copy(unsafe.Slice((*byte)(p), len(s)), s)
	return uint32(uintptr(p)), uint32(len(s))
}

// Pack returns ptr and size as one result: ptr<<32 | size (tinypy_go.host
// reads a string result this way).
func Pack(ptr, size uint32) uint64 {
	return uint64(ptr)<<32 | uint64(size)
}

// Unpack is Pack's inverse.
func Unpack(v uint64) (ptr, size uint32) {
	return uint32(v >> 32), uint32(v)
}
