package runtime

import (
	"internal/abi"
	"unsafe"
)

// Cleanups (Go 1.24's runtime.AddCleanup), with the finalizers' registry and
// timing (finalizer.go): cleanup(arg) runs once ptr's object was found
// unreachable by a collection. Unlike a finalizer it does not see the object,
// which is freed at once; several cleanups may be attached to one object.

// Cleanup is a handle to a cleanup call for a specific object.
type Cleanup struct {
	id  uint64
	ptr uintptr
}

type cleanupEntry struct {
	id   uint64
	fn   func()
	next *cleanupEntry
}

var (
	cleanupTable map[uintptr]*cleanupEntry // ^ptr -> its cleanups (see finTable)
	cleanupQueue *cleanupEntry
	cleanupIDs   uint64
)

// AddCleanup attaches cleanup(arg) to ptr, with Go's argument checks.
func AddCleanup[T, S any](ptr *T, cleanup func(S), arg S) Cleanup {
	if ptr == nil {
		panic("runtime.AddCleanup: ptr is nil")
	}
	if k := anyToEface(any(arg)).typecode; k != nil && (k.Kind() == abi.Pointer || k.Kind() == abi.UnsafePointer) {
		if unsafe.Pointer(ptr) == *(*unsafe.Pointer)(unsafe.Pointer(&arg)) {
			panic("runtime.AddCleanup: ptr is equal to arg, cleanup will never run")
		}
	}
	p := uintptr(unsafe.Pointer(ptr))
	if !isHeapPointer(p) {
		return Cleanup{} // a global or a zero-sized object: never freed, a no-op (as in gc)
	}
	cleanupIDs++
	e := &cleanupEntry{id: cleanupIDs, fn: func() { cleanup(arg) }}
	finBusy = true
	if cleanupTable == nil {
		cleanupTable = make(map[uintptr]*cleanupEntry)
	}
	e.next = cleanupTable[^p]
	cleanupTable[^p] = e
	finBusy = false
	return Cleanup{id: e.id, ptr: p}
}

// Stop cancels the cleanup call if it has not been queued yet.
func (c Cleanup) Stop() {
	if c.id == 0 {
		return
	}
	var prev *cleanupEntry
	for e := cleanupTable[^c.ptr]; e != nil; e = e.next {
		if e.id != c.id {
			prev = e
			continue
		}
		finBusy = true
		if prev != nil {
			prev.next = e.next
		} else if e.next != nil {
			cleanupTable[^c.ptr] = e.next
		} else {
			delete(cleanupTable, ^c.ptr)
		}
		finBusy = false
		return
	}
}

// cleanupSweep queues the cleanups of the objects this collection did not
// mark (called by finSweep, inside the collector).
func cleanupSweep() {
	if finBusy {
		return // the table is being changed: every entry waits for the next collection
	}
	for key, e := range cleanupTable {
		if marked(^key) {
			continue
		}
		delete(cleanupTable, key)
		last := e
		for last.next != nil {
			last = last.next
		}
		last.next = cleanupQueue
		cleanupQueue = e
	}
}

func runCleanups() {
	for cleanupQueue != nil {
		e := cleanupQueue
		cleanupQueue = e.next
		e.next = nil
		e.fn()
	}
}
