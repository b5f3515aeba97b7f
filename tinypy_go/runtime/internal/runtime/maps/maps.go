// Package maps replaces GOROOT's internal/runtime/maps (gc's swiss tables):
// maps here are the runtime's own hash maps (runtime/hashmap.go). It keeps
// the surface the standard library uses outside the runtime: reflect's map
// iterator and hash/maphash's Use64BitHash.
package maps

import (
	"internal/abi"
	"unsafe"
)

// Use64BitHash is false: hashes are uintptr-sized (32 bits on wasm).
const Use64BitHash = false

// Map is the runtime's map header; reflect only passes pointers to it.
type Map struct {
	count int
}

// Iter iterates over a map for reflect. Key and Elem point at the current
// entry (nil Key: exhausted). state holds the runtime's iterator (runtime
// hiter: five words), which the runtime fills through iterInit/iterNext.
type Iter struct {
	key   unsafe.Pointer
	elem  unsafe.Pointer
	typ   *abi.MapType
	m     *Map
	state [5]uintptr
}

// iterInit and iterNext are the runtime's (pushed with //go:linkname).
func iterInit(it *Iter)
func iterNext(it *Iter)

// Init prepares it to iterate over m; Next moves to the first entry.
func (it *Iter) Init(typ *abi.MapType, m *Map) {
	it.typ = typ
	it.m = m
	it.key, it.elem = nil, nil
	iterInit(it)
}

// Initialized reports whether Init has been called.
func (it *Iter) Initialized() bool { return it.typ != nil }

// Map returns the map being iterated.
func (it *Iter) Map() *Map { return it.m }

// Key returns a pointer to the current key, nil once exhausted.
func (it *Iter) Key() unsafe.Pointer { return it.key }

// Elem returns a pointer to the current element, nil once exhausted.
func (it *Iter) Elem() unsafe.Pointer { return it.elem }

// Next advances to the next entry.
func (it *Iter) Next() {
	if it.m == nil {
		it.key, it.elem = nil, nil
		return
	}
	iterNext(it)
}
