package runtime

import "unsafe"

// sync/atomic's functions (assembly in gc). A program is one goroutine, so
// plain loads and stores are atomic.

//go:linkname atomic_SwapInt32 sync/atomic.SwapInt32
func atomic_SwapInt32(addr *int32, new int32) (old int32) {
	old = *addr
	*addr = new
	return
}

//go:linkname atomic_CompareAndSwapInt32 sync/atomic.CompareAndSwapInt32
func atomic_CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

//go:linkname atomic_LoadInt32 sync/atomic.LoadInt32
func atomic_LoadInt32(addr *int32) (val int32) {
	return *addr
}

//go:linkname atomic_StoreInt32 sync/atomic.StoreInt32
func atomic_StoreInt32(addr *int32, val int32) {
	*addr = val
}

//go:linkname atomic_AddInt32 sync/atomic.AddInt32
func atomic_AddInt32(addr *int32, delta int32) (new int32) {
	*addr += delta
	return *addr
}

//go:linkname atomic_AndInt32 sync/atomic.AndInt32
func atomic_AndInt32(addr *int32, mask int32) (old int32) {
	old = *addr
	*addr = old & mask
	return
}

//go:linkname atomic_OrInt32 sync/atomic.OrInt32
func atomic_OrInt32(addr *int32, mask int32) (old int32) {
	old = *addr
	*addr = old | mask
	return
}

//go:linkname atomic_SwapInt64 sync/atomic.SwapInt64
func atomic_SwapInt64(addr *int64, new int64) (old int64) {
	old = *addr
	*addr = new
	return
}

//go:linkname atomic_CompareAndSwapInt64 sync/atomic.CompareAndSwapInt64
func atomic_CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

//go:linkname atomic_LoadInt64 sync/atomic.LoadInt64
func atomic_LoadInt64(addr *int64) (val int64) {
	return *addr
}

//go:linkname atomic_StoreInt64 sync/atomic.StoreInt64
func atomic_StoreInt64(addr *int64, val int64) {
	*addr = val
}

//go:linkname atomic_AddInt64 sync/atomic.AddInt64
func atomic_AddInt64(addr *int64, delta int64) (new int64) {
	*addr += delta
	return *addr
}

//go:linkname atomic_AndInt64 sync/atomic.AndInt64
func atomic_AndInt64(addr *int64, mask int64) (old int64) {
	old = *addr
	*addr = old & mask
	return
}

//go:linkname atomic_OrInt64 sync/atomic.OrInt64
func atomic_OrInt64(addr *int64, mask int64) (old int64) {
	old = *addr
	*addr = old | mask
	return
}

//go:linkname atomic_SwapUint32 sync/atomic.SwapUint32
func atomic_SwapUint32(addr *uint32, new uint32) (old uint32) {
	old = *addr
	*addr = new
	return
}

//go:linkname atomic_CompareAndSwapUint32 sync/atomic.CompareAndSwapUint32
func atomic_CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

//go:linkname atomic_LoadUint32 sync/atomic.LoadUint32
func atomic_LoadUint32(addr *uint32) (val uint32) {
	return *addr
}

//go:linkname atomic_StoreUint32 sync/atomic.StoreUint32
func atomic_StoreUint32(addr *uint32, val uint32) {
	*addr = val
}

//go:linkname atomic_AddUint32 sync/atomic.AddUint32
func atomic_AddUint32(addr *uint32, delta uint32) (new uint32) {
	*addr += delta
	return *addr
}

//go:linkname atomic_AndUint32 sync/atomic.AndUint32
func atomic_AndUint32(addr *uint32, mask uint32) (old uint32) {
	old = *addr
	*addr = old & mask
	return
}

//go:linkname atomic_OrUint32 sync/atomic.OrUint32
func atomic_OrUint32(addr *uint32, mask uint32) (old uint32) {
	old = *addr
	*addr = old | mask
	return
}

//go:linkname atomic_SwapUint64 sync/atomic.SwapUint64
func atomic_SwapUint64(addr *uint64, new uint64) (old uint64) {
	old = *addr
	*addr = new
	return
}

//go:linkname atomic_CompareAndSwapUint64 sync/atomic.CompareAndSwapUint64
func atomic_CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

//go:linkname atomic_LoadUint64 sync/atomic.LoadUint64
func atomic_LoadUint64(addr *uint64) (val uint64) {
	return *addr
}

//go:linkname atomic_StoreUint64 sync/atomic.StoreUint64
func atomic_StoreUint64(addr *uint64, val uint64) {
	*addr = val
}

//go:linkname atomic_AddUint64 sync/atomic.AddUint64
func atomic_AddUint64(addr *uint64, delta uint64) (new uint64) {
	*addr += delta
	return *addr
}

//go:linkname atomic_AndUint64 sync/atomic.AndUint64
func atomic_AndUint64(addr *uint64, mask uint64) (old uint64) {
	old = *addr
	*addr = old & mask
	return
}

//go:linkname atomic_OrUint64 sync/atomic.OrUint64
func atomic_OrUint64(addr *uint64, mask uint64) (old uint64) {
	old = *addr
	*addr = old | mask
	return
}

//go:linkname atomic_SwapUintptr sync/atomic.SwapUintptr
func atomic_SwapUintptr(addr *uintptr, new uintptr) (old uintptr) {
	old = *addr
	*addr = new
	return
}

//go:linkname atomic_CompareAndSwapUintptr sync/atomic.CompareAndSwapUintptr
func atomic_CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

//go:linkname atomic_LoadUintptr sync/atomic.LoadUintptr
func atomic_LoadUintptr(addr *uintptr) (val uintptr) {
	return *addr
}

//go:linkname atomic_StoreUintptr sync/atomic.StoreUintptr
func atomic_StoreUintptr(addr *uintptr, val uintptr) {
	*addr = val
}

//go:linkname atomic_AddUintptr sync/atomic.AddUintptr
func atomic_AddUintptr(addr *uintptr, delta uintptr) (new uintptr) {
	*addr += delta
	return *addr
}

//go:linkname atomic_AndUintptr sync/atomic.AndUintptr
func atomic_AndUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	old = *addr
	*addr = old & mask
	return
}

//go:linkname atomic_OrUintptr sync/atomic.OrUintptr
func atomic_OrUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	old = *addr
	*addr = old | mask
	return
}

//go:linkname atomic_SwapPointer sync/atomic.SwapPointer
func atomic_SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer) {
	old = *addr
	*addr = new
	return
}

//go:linkname atomic_CompareAndSwapPointer sync/atomic.CompareAndSwapPointer
func atomic_CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

//go:linkname atomic_LoadPointer sync/atomic.LoadPointer
func atomic_LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer) {
	return *addr
}

//go:linkname atomic_StorePointer sync/atomic.StorePointer
func atomic_StorePointer(addr *unsafe.Pointer, val unsafe.Pointer) {
	*addr = val
}
