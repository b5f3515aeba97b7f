//go:build gc.none

package runtime

import "unsafe"

// With -gc=none there is no heap: the compiler rejects every call of alloc
// (backend/gcroots.py), so a program that allocates fails to build with
// the position of the allocation.

func alloc(size uintptr) unsafe.Pointer

func heapInit() {}

// GC does nothing: there is no heap.
func GC() {}

func readMemStats(m *MemStats) {}
