//go:build gc.none

package runtime

import "unsafe"

// With -gc=none there is no heap: the compiler rejects every allocation in
// the program's own code with its position (backend/gcroots.py). Runtime
// code that allocates only on some paths (e.g. capturing a recovered panic
// message) stops the program if such a path runs.

//tinypy:nopanic
//tinypy:collects
//tinypy:allocator
func alloc(size uintptr) unsafe.Pointer {
	trapOnPanic()
	printflush()
	printstring("fatal error: heap allocation with -gc=none\n")
	exit(2)
	return nil
}

// allocNoscan and allocTyped are alloc: this allocator does not scan objects.
//tinypy:nopanic
//tinypy:collects
//tinypy:allocator
func allocNoscan(size uintptr) unsafe.Pointer {
	return alloc(size)
}

//tinypy:nopanic
//tinypy:collects
//tinypy:allocator
func allocTyped(size uintptr, elemSize uintptr, ptrs uint32) unsafe.Pointer {
	return alloc(size)
}

//tinypy:nopanic
func heapInit() {}

// GC does nothing: there is no heap.
//tinypy:collects
func GC() {}

func readMemStats(m *MemStats) {}

// marked and markFrom: this collector never frees anything, so finalizers and
// cleanups never run (finalizer.go's sweep is never called).
func marked(p uintptr) bool { return true }

func markFrom(p uintptr) {}
