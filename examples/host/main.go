// Command host is a module for a host program (host.py): the host
// allocates memory with the exported malloc, writes a name into it and
// calls greet, which returns a greeting in memory the host frees again.
package main

import "unsafe"

// malloc is the runtime's allocator behind the exported malloc: memory it
// returns stays alive and in place until the host calls free.
//
//go:linkname malloc runtime.libcMalloc
func malloc(size uintptr) unsafe.Pointer

// greet returns "Hello, <name>!" as (ptr<<32 | len) of memory allocated with
// malloc; the caller frees it.
//
//export greet
func greet(ptr, size uint32) uint64 {
	name := ptrToString(ptr, size)
	g := "Hello, " + name + "!" // garbage for the collector
	p, n := stringToPtr(g)
	return uint64(p)<<32 | uint64(n)
}

// ptrToString views size bytes at ptr in linear memory as a string (no copy:
// the host must keep the memory alive while the string is used).
func ptrToString(ptr uint32, size uint32) string {
	return unsafe.String((*byte)(unsafe.Pointer(uintptr(ptr))), size)
}

// stringToPtr copies s into memory from malloc and returns its address and
// length; the host owns the copy and frees it.
func stringToPtr(s string) (uint32, uint32) {
	if len(s) == 0 {
		return 0, 0
	}
	p := malloc(uintptr(len(s)))
	for i := 0; i < len(s); i++ { // copy(unsafe.Slice((*byte)(p), len(s)), s) once slices land
		*(*byte)(unsafe.Add(p, i)) = s[i]
	}
	return uint32(uintptr(p)), uint32(len(s))
}

func main() {}
