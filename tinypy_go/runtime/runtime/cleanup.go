package runtime

import "unsafe"

// Cleanups (Go 1.24): registered and never run, like SetFinalizer here, since
// the collectors don't yet queue objects found unreachable for callbacks.

// Cleanup is a handle to a cleanup call for a specific object.
type Cleanup struct {
	id  uint64
	ptr uintptr
}

// AddCleanup attaches cleanup(arg) to ptr; Go's argument checks are kept.
func AddCleanup[T, S any](ptr *T, cleanup func(S), arg S) Cleanup {
	if ptr == nil {
		panic("runtime.AddCleanup: ptr is nil")
	}
	return Cleanup{ptr: uintptr(unsafe.Pointer(ptr))}
}

// Stop cancels the cleanup call.
func (c Cleanup) Stop() {}
