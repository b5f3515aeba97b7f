package runtime

import "unsafe"

// Hooks of packages sync and internal/poll (gc: sema.go, proc.go, mgc.go).
//
// A program is one goroutine, so a semaphore is a plain counter: acquiring
// one that is zero can never succeed, which Go reports as a deadlock. A
// sync.Cond waiter likewise waits forever.

// deadlock ends the program as gc's scheduler does when no goroutine can run.
func deadlock() {
	printflush()
	printstring("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [semacquire]:\n")
	exit(2)
}

// fatalThrow is gc's throw/fatal: an unrecoverable error.
func fatalThrow(s string) {
	printflush()
	printstring("fatal error: ")
	printstring(s)
	printstring("\n")
	exit(2)
}

//tinypy:sched semacquireSched
func semacquire(s *uint32) {
	if *s == 0 {
		deadlock()
	}
	*s--
}

//tinypy:sched semreleaseSched
func semrelease(s *uint32) {
	*s++
}

//go:linkname sync_runtime_Semacquire sync.runtime_Semacquire
func sync_runtime_Semacquire(s *uint32) { semacquire(s) }

//go:linkname sync_runtime_SemacquireMutex sync.runtime_SemacquireMutex
func sync_runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int) { semacquire(s) }

//go:linkname sync_runtime_SemacquireRWMutexR sync.runtime_SemacquireRWMutexR
func sync_runtime_SemacquireRWMutexR(s *uint32, lifo bool, skipframes int) { semacquire(s) }

//go:linkname sync_runtime_SemacquireRWMutex sync.runtime_SemacquireRWMutex
func sync_runtime_SemacquireRWMutex(s *uint32, lifo bool, skipframes int) { semacquire(s) }

//go:linkname sync_runtime_Semrelease sync.runtime_Semrelease
func sync_runtime_Semrelease(s *uint32, handoff bool, skipframes int) { semrelease(s) }

//go:linkname sync_runtime_SemacquireWaitGroup sync.runtime_SemacquireWaitGroup
func sync_runtime_SemacquireWaitGroup(s *uint32, synctestDurable bool) { semacquire(s) }

// internal/sync (go1.24) holds the Mutex that sync.Mutex wraps.
//
//go:linkname isync_runtime_SemacquireMutex internal/sync.runtime_SemacquireMutex
func isync_runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int) { semacquire(s) }

//go:linkname isync_runtime_Semrelease internal/sync.runtime_Semrelease
func isync_runtime_Semrelease(s *uint32, handoff bool, skipframes int) { semrelease(s) }

// Spinning never helps on one thread.
//
//go:linkname isync_runtime_canSpin internal/sync.runtime_canSpin
func isync_runtime_canSpin(i int) bool { return false }

//go:linkname isync_runtime_doSpin internal/sync.runtime_doSpin
func isync_runtime_doSpin() {}

//go:linkname isync_runtime_nanotime internal/sync.runtime_nanotime
func isync_runtime_nanotime() int64 { return nanotime() }

//go:linkname isync_throw internal/sync.throw
func isync_throw(s string) { fatalThrow(s) }

//go:linkname isync_fatal internal/sync.fatal
func isync_fatal(s string) { fatalThrow(s) }

//go:linkname poll_runtime_Semacquire internal/poll.runtime_Semacquire
func poll_runtime_Semacquire(s *uint32) { semacquire(s) }

//go:linkname poll_runtime_Semrelease internal/poll.runtime_Semrelease
func poll_runtime_Semrelease(s *uint32) { semrelease(s) }

// notifyList has sync.notifyList's layout.
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   unsafe.Pointer
	tail   unsafe.Pointer
}

//go:linkname notifyListAdd sync.runtime_notifyListAdd
func notifyListAdd(l *notifyList) uint32 {
	t := l.wait
	l.wait++
	return t
}

//go:linkname notifyListWait sync.runtime_notifyListWait
//tinypy:sched notifyListWaitSched
func notifyListWait(l *notifyList, t uint32) {
	if t-l.notify < 0x80000000 { // not notified yet: nobody else can notify
		deadlock()
	}
}

//go:linkname notifyListNotifyAll sync.runtime_notifyListNotifyAll
//tinypy:sched notifyListNotifyAllSched
func notifyListNotifyAll(l *notifyList) { l.notify = l.wait }

//go:linkname notifyListNotifyOne sync.runtime_notifyListNotifyOne
//tinypy:sched notifyListNotifyOneSched
func notifyListNotifyOne(l *notifyList) {
	if l.notify != l.wait {
		l.notify++
	}
}

//go:linkname notifyListCheck sync.runtime_notifyListCheck
func notifyListCheck(size uintptr) {
	if size != unsafe.Sizeof(notifyList{}) {
		fatalThrow("bad notifyList size")
	}
}

//go:linkname sync_runtime_canSpin sync.runtime_canSpin
func sync_runtime_canSpin(i int) bool { return false }

//go:linkname sync_runtime_doSpin sync.runtime_doSpin
func sync_runtime_doSpin() {}

//go:linkname sync_nanotime sync.runtime_nanotime
func sync_nanotime() int64 { return nanotime() }

//go:linkname sync_throw sync.throw
func sync_throw(s string) { fatalThrow(s) }

//go:linkname sync_fatal sync.fatal
func sync_fatal(s string) { fatalThrow(s) }

// Pools are never cleaned: there is no collection cycle to hook into that
// the program could observe.
//
//go:linkname sync_runtime_registerPoolCleanup sync.runtime_registerPoolCleanup
func sync_runtime_registerPoolCleanup(cleanup func()) {}

//go:linkname sync_runtime_procPin sync.runtime_procPin
func sync_runtime_procPin() int { return 0 }

//go:linkname sync_runtime_procUnpin sync.runtime_procUnpin
func sync_runtime_procUnpin() {}

//go:linkname sync_atomic_runtime_procPin sync/atomic.runtime_procPin
func sync_atomic_runtime_procPin() int { return 0 }

//go:linkname sync_atomic_runtime_procUnpin sync/atomic.runtime_procUnpin
func sync_atomic_runtime_procUnpin() {}

//go:linkname atomic_LoadAcquintptr internal/runtime/atomic.LoadAcquintptr
func atomic_LoadAcquintptr(ptr *uintptr) uintptr { return *ptr }

//go:linkname atomic_StoreReluintptr internal/runtime/atomic.StoreReluintptr
func atomic_StoreReluintptr(ptr *uintptr, val uintptr) uintptr {
	*ptr = val
	return val
}

// The poll server: WASI files are not pollable by our runtime, so opening a
// descriptor with the poller fails and internal/poll falls back to blocking
// I/O (regular files, directories, stdin/stdout/stderr all work that way).

const errnoNOTSUP = 58 // wasip1 ENOTSUP

//go:linkname poll_runtime_pollServerInit internal/poll.runtime_pollServerInit
func poll_runtime_pollServerInit() {}

//go:wasmimport wasi_snapshot_preview1 fd_fdstat_get
func fdFdstatGet(fd int32, stat unsafe.Pointer) uint32

//go:wasmimport wasi_snapshot_preview1 fd_fdstat_set_flags
func fdFdstatSetFlags(fd int32, flags uint32) uint32

const fdflagNonblock = 4

// pollOpen refuses every descriptor. syscall's init made stdin, stdout and
// stderr non-blocking for gc's poller; without one, a non-blocking read
// would fail with EAGAIN, so the descriptor goes back to blocking mode.
//
//go:linkname poll_runtime_pollOpen internal/poll.runtime_pollOpen
func poll_runtime_pollOpen(fd uintptr) (uintptr, int) {
	var stat [24]byte // fdstat: filetype u8, flags u16 at 2, rights u64 x2
	if fdFdstatGet(int32(fd), unsafe.Pointer(&stat[0])) == 0 {
		flags := uint32(stat[2]) | uint32(stat[3])<<8
		if flags&fdflagNonblock != 0 {
			fdFdstatSetFlags(int32(fd), flags&^fdflagNonblock)
		}
	}
	return 0, errnoNOTSUP
}

//go:linkname poll_runtime_pollClose internal/poll.runtime_pollClose
func poll_runtime_pollClose(ctx uintptr) {}

//go:linkname poll_runtime_pollWait internal/poll.runtime_pollWait
func poll_runtime_pollWait(ctx uintptr, mode int) int { return 0 }

//go:linkname poll_runtime_pollWaitCanceled internal/poll.runtime_pollWaitCanceled
func poll_runtime_pollWaitCanceled(ctx uintptr, mode int) {}

//go:linkname poll_runtime_pollReset internal/poll.runtime_pollReset
func poll_runtime_pollReset(ctx uintptr, mode int) int { return 0 }

//go:linkname poll_runtime_pollSetDeadline internal/poll.runtime_pollSetDeadline
func poll_runtime_pollSetDeadline(ctx uintptr, d int64, mode int) {}

//go:linkname poll_runtime_pollUnblock internal/poll.runtime_pollUnblock
func poll_runtime_pollUnblock(ctx uintptr) {}

//go:linkname poll_runtime_isPollServerDescriptor internal/poll.runtime_isPollServerDescriptor
func poll_runtime_isPollServerDescriptor(fd uintptr) bool { return false }
