package runtime

import "unsafe"

// Weak pointers (package weak, and unique's canonical map through it).
//
// weak.Make(p) gets one cell per pointer: weak.Make(p) == weak.Make(p), as
// in gc. A cell holds the pointer complemented (^p), which is never a heap
// address, so neither the conservative scan of the cell nor of the registry
// keeps the object alive. After marking, the collector calls weakSweep,
// which zeroes the cells of objects that were not marked, before sweep can
// free them; Value then returns nil. Collectors that never free (leaking,
// none) never clear a cell.

// weakHandles maps ^p to its cell.
var weakHandles map[uintptr]*uintptr

// weakBusy is set while weakHandles is being changed: a collection that
// starts then (the map's own allocation) keeps every weak target alive
// instead of iterating a map in the middle of an update.
var weakBusy bool

//go:linkname weak_runtime_registerWeakPointer weak.runtime_registerWeakPointer
func weak_runtime_registerWeakPointer(p unsafe.Pointer) unsafe.Pointer {
	key := ^uintptr(p)
	if cell, ok := weakHandles[key]; ok {
		return unsafe.Pointer(cell)
	}
	cell := (*uintptr)(alloc(unsafe.Sizeof(key)))
	*cell = key
	weakBusy = true
	if weakHandles == nil {
		weakHandles = make(map[uintptr]*uintptr)
	}
	weakHandles[key] = cell
	weakBusy = false
	return unsafe.Pointer(cell)
}

//go:linkname weak_runtime_makeStrongFromWeak weak.runtime_makeStrongFromWeak
func weak_runtime_makeStrongFromWeak(u unsafe.Pointer) unsafe.Pointer {
	v := *(*uintptr)(u)
	if v == 0 {
		return nil
	}
	return unsafe.Pointer(^v)
}

// weakSweep clears the cells whose objects the current collection did not
// mark (survives: the collector's mark test); with weakBusy it marks them.
func weakSweep(survives func(p uintptr) bool, mark func(p uintptr)) {
	for key, cell := range weakHandles {
		p := ^key
		if weakBusy {
			mark(p)
			continue
		}
		if !survives(p) {
			*cell = 0
			delete(weakHandles, key)
		}
	}
}
