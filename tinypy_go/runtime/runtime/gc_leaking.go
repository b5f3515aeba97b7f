//go:build gc.leaking

package runtime

import "unsafe"

// The leaking allocator hands out memory from a bump pointer that starts
// after the data segment and stack, and never frees anything.

var heapNext uintptr
var heapEnd uintptr
var leakMallocs uint64

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
func heapInit() {
	heapNext = uintptr(unsafe.Pointer(&heapBase))
	heapEnd = wasmMemorySize() * wasmPageSize
}

// alloc returns size zeroed bytes, aligned to 8 (the largest alignment of
// any Go type on wasm32).
//tinypy:nopanic
//tinypy:collects
//tinypy:allocator
func alloc(size uintptr) unsafe.Pointer {
	if heapNext == 0 {
		heapInit()
	}
	if size == 0 {
		return unsafe.Pointer(&zeroSizedAlloc)
	}
	size = (size + 7) &^ 7
	for heapEnd-heapNext < size {
		pages := (size - (heapEnd - heapNext) + wasmPageSize - 1) / wasmPageSize
		if wasmMemoryGrow(pages) < 0 {
			outOfMemory()
		}
		heapEnd = wasmMemorySize() * wasmPageSize
	}
	p := unsafe.Pointer(heapNext)
	heapNext += size
	leakMallocs++
	memzero(p, size)
	return p
}

func readMemStats(m *MemStats) {
	if heapNext == 0 {
		heapInit()
	}
	m.Mallocs = leakMallocs
	m.Alloc = uint64(heapNext - uintptr(unsafe.Pointer(&heapBase)))
	m.TotalAlloc = m.Alloc
	m.HeapInuse = m.Alloc
	m.HeapSys = uint64(heapEnd - uintptr(unsafe.Pointer(&heapBase)))
	m.HeapIdle = m.HeapSys - m.HeapInuse
}

// GC does nothing: the leaking allocator never frees memory.
//tinypy:collects
func GC() {}

func outOfMemory() {
	trapOnPanic()
	printflush()
	printstring("fatal error: out of memory\n")
	exit(2)
}

//export malloc
//tinypy:collects
func libcMalloc(size uintptr) unsafe.Pointer {
	runtimeInit()
	if size == 0 {
		size = 1
	}
	return alloc(size)
}

//export free
func libcFree(ptr unsafe.Pointer) {
}

//export realloc
func libcRealloc(ptr unsafe.Pointer, size uintptr) unsafe.Pointer {
	// The leaking allocator does not know the old size; copying size bytes
	// is safe because every block lies inside the heap, which is at least
	// as large as the new block.
	p := libcMalloc(size)
	if ptr != nil {
		memcpy(p, ptr, size)
	}
	return p
}

//export calloc
func libcCalloc(nmemb, size uintptr) unsafe.Pointer {
	if nmemb != 0 && (nmemb*size)/nmemb != size {
		return nil
	}
	return libcMalloc(nmemb * size) // malloc returns zeroed memory
}

// marked and markFrom: this collector never frees anything, so finalizers and
// cleanups never run (finalizer.go's sweep is never called).
func marked(p uintptr) bool { return true }

func markFrom(p uintptr) {}
