package runtime

// TEMPORARY (reflect branch): minimal single-threaded hooks so that sync
// compiles while the stdlib branch's real ones are not merged yet. Delete
// when merging main brings sync/atomic hooks.

import "unsafe"

//go:linkname tmpsync_registerPoolCleanup sync.runtime_registerPoolCleanup
func tmpsync_registerPoolCleanup(cleanup func()) {}

//go:linkname tmpsync_procPin sync.runtime_procPin
func tmpsync_procPin() int { return 0 }

//go:linkname tmpsync_procUnpin sync.runtime_procUnpin
func tmpsync_procUnpin() {}

//go:linkname tmpsync_throw sync.throw
func tmpsync_throw(s string) { runtimePanicText(s) }

//go:linkname tmpsync_fatal sync.fatal
func tmpsync_fatal(s string) { runtimePanicText(s) }

//go:linkname tmpsync_Semacquire sync.runtime_Semacquire
func tmpsync_Semacquire(s *uint32) {}

//go:linkname tmpsync_SemacquireMutex sync.runtime_SemacquireMutex
func tmpsync_SemacquireMutex(s *uint32, lifo bool, skipframes int) {}

//go:linkname tmpsync_Semrelease sync.runtime_Semrelease
func tmpsync_Semrelease(s *uint32, handoff bool, skipframes int) {}

//go:linkname tmpsync_canSpin sync.runtime_canSpin
func tmpsync_canSpin(i int) bool { return false }

//go:linkname tmpsync_doSpin sync.runtime_doSpin
func tmpsync_doSpin() {}

//go:linkname tmpsync_nanotime sync.runtime_nanotime
func tmpsync_nanotime() int64 { return 0 }

//go:linkname tmpsync_notifyListCheck sync.runtime_notifyListCheck
func tmpsync_notifyListCheck(size uintptr) {}

var _ unsafe.Pointer

// sync/atomic (single-threaded)

//go:linkname tmpatomic_SwapInt32 sync/atomic.SwapInt32
func tmpatomic_SwapInt32(addr *int32, new int32) (old int32) { old = *addr; *addr = new; return }
//go:linkname tmpatomic_CompareAndSwapInt32 sync/atomic.CompareAndSwapInt32
func tmpatomic_CompareAndSwapInt32(addr *int32, old, new int32) bool { if *addr == old { *addr = new; return true }; return false }
//go:linkname tmpatomic_AddInt32 sync/atomic.AddInt32
func tmpatomic_AddInt32(addr *int32, delta int32) int32 { *addr += delta; return *addr }
//go:linkname tmpatomic_LoadInt32 sync/atomic.LoadInt32
func tmpatomic_LoadInt32(addr *int32) int32 { return *addr }
//go:linkname tmpatomic_StoreInt32 sync/atomic.StoreInt32
func tmpatomic_StoreInt32(addr *int32, val int32) { *addr = val }
//go:linkname tmpatomic_AndInt32 sync/atomic.AndInt32
func tmpatomic_AndInt32(addr *int32, mask int32) (old int32) { old = *addr; *addr &= mask; return }
//go:linkname tmpatomic_OrInt32 sync/atomic.OrInt32
func tmpatomic_OrInt32(addr *int32, mask int32) (old int32) { old = *addr; *addr |= mask; return }
//go:linkname tmpatomic_SwapInt64 sync/atomic.SwapInt64
func tmpatomic_SwapInt64(addr *int64, new int64) (old int64) { old = *addr; *addr = new; return }
//go:linkname tmpatomic_CompareAndSwapInt64 sync/atomic.CompareAndSwapInt64
func tmpatomic_CompareAndSwapInt64(addr *int64, old, new int64) bool { if *addr == old { *addr = new; return true }; return false }
//go:linkname tmpatomic_AddInt64 sync/atomic.AddInt64
func tmpatomic_AddInt64(addr *int64, delta int64) int64 { *addr += delta; return *addr }
//go:linkname tmpatomic_LoadInt64 sync/atomic.LoadInt64
func tmpatomic_LoadInt64(addr *int64) int64 { return *addr }
//go:linkname tmpatomic_StoreInt64 sync/atomic.StoreInt64
func tmpatomic_StoreInt64(addr *int64, val int64) { *addr = val }
//go:linkname tmpatomic_AndInt64 sync/atomic.AndInt64
func tmpatomic_AndInt64(addr *int64, mask int64) (old int64) { old = *addr; *addr &= mask; return }
//go:linkname tmpatomic_OrInt64 sync/atomic.OrInt64
func tmpatomic_OrInt64(addr *int64, mask int64) (old int64) { old = *addr; *addr |= mask; return }
//go:linkname tmpatomic_SwapUint32 sync/atomic.SwapUint32
func tmpatomic_SwapUint32(addr *uint32, new uint32) (old uint32) { old = *addr; *addr = new; return }
//go:linkname tmpatomic_CompareAndSwapUint32 sync/atomic.CompareAndSwapUint32
func tmpatomic_CompareAndSwapUint32(addr *uint32, old, new uint32) bool { if *addr == old { *addr = new; return true }; return false }
//go:linkname tmpatomic_AddUint32 sync/atomic.AddUint32
func tmpatomic_AddUint32(addr *uint32, delta uint32) uint32 { *addr += delta; return *addr }
//go:linkname tmpatomic_LoadUint32 sync/atomic.LoadUint32
func tmpatomic_LoadUint32(addr *uint32) uint32 { return *addr }
//go:linkname tmpatomic_StoreUint32 sync/atomic.StoreUint32
func tmpatomic_StoreUint32(addr *uint32, val uint32) { *addr = val }
//go:linkname tmpatomic_AndUint32 sync/atomic.AndUint32
func tmpatomic_AndUint32(addr *uint32, mask uint32) (old uint32) { old = *addr; *addr &= mask; return }
//go:linkname tmpatomic_OrUint32 sync/atomic.OrUint32
func tmpatomic_OrUint32(addr *uint32, mask uint32) (old uint32) { old = *addr; *addr |= mask; return }
//go:linkname tmpatomic_SwapUint64 sync/atomic.SwapUint64
func tmpatomic_SwapUint64(addr *uint64, new uint64) (old uint64) { old = *addr; *addr = new; return }
//go:linkname tmpatomic_CompareAndSwapUint64 sync/atomic.CompareAndSwapUint64
func tmpatomic_CompareAndSwapUint64(addr *uint64, old, new uint64) bool { if *addr == old { *addr = new; return true }; return false }
//go:linkname tmpatomic_AddUint64 sync/atomic.AddUint64
func tmpatomic_AddUint64(addr *uint64, delta uint64) uint64 { *addr += delta; return *addr }
//go:linkname tmpatomic_LoadUint64 sync/atomic.LoadUint64
func tmpatomic_LoadUint64(addr *uint64) uint64 { return *addr }
//go:linkname tmpatomic_StoreUint64 sync/atomic.StoreUint64
func tmpatomic_StoreUint64(addr *uint64, val uint64) { *addr = val }
//go:linkname tmpatomic_AndUint64 sync/atomic.AndUint64
func tmpatomic_AndUint64(addr *uint64, mask uint64) (old uint64) { old = *addr; *addr &= mask; return }
//go:linkname tmpatomic_OrUint64 sync/atomic.OrUint64
func tmpatomic_OrUint64(addr *uint64, mask uint64) (old uint64) { old = *addr; *addr |= mask; return }
//go:linkname tmpatomic_SwapUintptr sync/atomic.SwapUintptr
func tmpatomic_SwapUintptr(addr *uintptr, new uintptr) (old uintptr) { old = *addr; *addr = new; return }
//go:linkname tmpatomic_CompareAndSwapUintptr sync/atomic.CompareAndSwapUintptr
func tmpatomic_CompareAndSwapUintptr(addr *uintptr, old, new uintptr) bool { if *addr == old { *addr = new; return true }; return false }
//go:linkname tmpatomic_AddUintptr sync/atomic.AddUintptr
func tmpatomic_AddUintptr(addr *uintptr, delta uintptr) uintptr { *addr += delta; return *addr }
//go:linkname tmpatomic_LoadUintptr sync/atomic.LoadUintptr
func tmpatomic_LoadUintptr(addr *uintptr) uintptr { return *addr }
//go:linkname tmpatomic_StoreUintptr sync/atomic.StoreUintptr
func tmpatomic_StoreUintptr(addr *uintptr, val uintptr) { *addr = val }
//go:linkname tmpatomic_AndUintptr sync/atomic.AndUintptr
func tmpatomic_AndUintptr(addr *uintptr, mask uintptr) (old uintptr) { old = *addr; *addr &= mask; return }
//go:linkname tmpatomic_OrUintptr sync/atomic.OrUintptr
func tmpatomic_OrUintptr(addr *uintptr, mask uintptr) (old uintptr) { old = *addr; *addr |= mask; return }
//go:linkname tmpatomic_LoadPointer sync/atomic.LoadPointer
func tmpatomic_LoadPointer(addr *unsafe.Pointer) unsafe.Pointer { return *addr }
//go:linkname tmpatomic_StorePointer sync/atomic.StorePointer
func tmpatomic_StorePointer(addr *unsafe.Pointer, val unsafe.Pointer) { *addr = val }
//go:linkname tmpatomic_SwapPointer sync/atomic.SwapPointer
func tmpatomic_SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer) { old = *addr; *addr = new; return }
//go:linkname tmpatomic_CompareAndSwapPointer sync/atomic.CompareAndSwapPointer
func tmpatomic_CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) bool { if *addr == old { *addr = new; return true }; return false }
//go:linkname tmpsync_LoadAcquintptr internal/runtime/atomic.LoadAcquintptr
func tmpsync_LoadAcquintptr(ptr *uintptr) uintptr { return *ptr }
//go:linkname tmpsync_StoreReluintptr internal/runtime/atomic.StoreReluintptr
func tmpsync_StoreReluintptr(ptr *uintptr, val uintptr) uintptr { *ptr = val; return 0 }

// internal/bytealg

//go:linkname tmpbytealg_IndexByteString internal/bytealg.IndexByteString
func tmpbytealg_IndexByteString(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

//go:linkname tmpbytealg_IndexByte internal/bytealg.IndexByte
func tmpbytealg_IndexByte(b []byte, c byte) int {
	for i := 0; i < len(b); i++ {
		if b[i] == c {
			return i
		}
	}
	return -1
}

//go:linkname tmpbytealg_CountString internal/bytealg.CountString
func tmpbytealg_CountString(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

//go:linkname tmpbytealg_Count internal/bytealg.Count
func tmpbytealg_Count(b []byte, c byte) int {
	n := 0
	for i := 0; i < len(b); i++ {
		if b[i] == c {
			n++
		}
	}
	return n
}

//go:linkname tmpbytealg_Compare internal/bytealg.Compare
func tmpbytealg_Compare(a, b []byte) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return 1
	}
	return 0
}

//go:linkname tmpbytealg_MakeNoZero internal/bytealg.MakeNoZero
func tmpbytealg_MakeNoZero(n int) []byte {
	return make([]byte, n)
}
