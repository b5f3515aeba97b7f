// Command host is a module for a host program (host.py): the host
// allocates memory with the exported malloc, writes a name into it and
// calls greet, which returns a greeting in memory the host frees again.
//
// Build it as a reactor (no main needed; _initialize runs the package
// initialisers) or as a command:
//
//	tinypy build -buildmode=c-shared -o host.wasm examples/host/main.go
package main

import "tinypy.dev/wasm/mem"

// greet returns "Hello, <name>!" as mem.Pack(ptr, len) of memory allocated
// with malloc; the host frees it with the exported free.
//
//go:wasmexport greet
func greet(ptr, size uint32) uint64 {
	name := mem.PtrToString(ptr, size) // a copy: the host may free its buffer
	g := "Hello, " + name + "!"        // garbage for the collector
	return mem.Pack(mem.StringToLeakedPtr(g))
}

func main() {}
