package runtime

import "unsafe"

// Hooks of packages time and syscall for clocks and sleeping (gc:
// timestub.go, os_wasip1.go, time.go).

//go:wasmimport wasi_snapshot_preview1 clock_time_get
func clockTimeGet(id uint32, precision uint64, time *uint64) uint32

//go:wasmimport wasi_snapshot_preview1 poll_oneoff
func pollOneoff(in unsafe.Pointer, out unsafe.Pointer, nsubscriptions uint32, nevents *uint32) uint32

const (
	clockRealtime  = 0
	clockMonotonic = 1
)

var clockValue uint64

// nanotime is the monotonic clock in nanoseconds.
func nanotime() int64 {
	clockTimeGet(clockMonotonic, 1, &clockValue)
	return int64(clockValue)
}

func walltime() (sec int64, nsec int32) {
	clockTimeGet(clockRealtime, 1, &clockValue)
	t := int64(clockValue)
	return t / 1000000000, int32(t % 1000000000)
}

//go:linkname time_now time.now
func time_now() (sec int64, nsec int32, mono int64) {
	sec, nsec = walltime()
	return sec, nsec, nanotime()
}

//go:linkname time_runtimeNow time.runtimeNow
func time_runtimeNow() (sec int64, nsec int32, mono int64) {
	sec, nsec = walltime()
	return sec, nsec, nanotime()
}

//go:linkname time_runtimeNano time.runtimeNano
func time_runtimeNano() int64 { return nanotime() }

// There are no synctest bubbles: testing/synctest's Test is a fatal error
// at run time, and nothing is ever associated with a bubble.
//
//go:linkname time_runtimeIsBubbled time.runtimeIsBubbled
func time_runtimeIsBubbled() bool { return false }

//go:linkname synctest_Run internal/synctest.Run
func synctest_Run(f func()) { fatalThrow("testing/synctest is not supported by tinypy") }

//go:linkname synctest_Wait internal/synctest.Wait
func synctest_Wait() { fatalThrow("testing/synctest.Wait not called from a synctest bubble") }

//go:linkname synctest_IsInBubble internal/synctest.IsInBubble
func synctest_IsInBubble() bool { return false }

//go:linkname synctest_associate internal/synctest.associate
func synctest_associate(p unsafe.Pointer) int { return 0 }

//go:linkname synctest_disassociate internal/synctest.disassociate
func synctest_disassociate(b unsafe.Pointer) {}

//go:linkname synctest_isAssociated internal/synctest.isAssociated
func synctest_isAssociated(p unsafe.Pointer) bool { return false }

//go:linkname synctest_acquire internal/synctest.acquire
func synctest_acquire() any { return nil }

//go:linkname synctest_release internal/synctest.release
func synctest_release(b any) {}

//go:linkname synctest_inBubble internal/synctest.inBubble
func synctest_inBubble(b any, f func()) { f() }

//go:linkname syscall_now syscall.now
func syscall_now() (sec int64, nsec int32) {
	return walltime()
}

// subscriptionClock is WASI's subscription with a clock event (48 bytes);
// event is WASI's event (32 bytes).
type subscriptionClock struct {
	userdata  uint64
	tag       uint64 // eventtype 0 = clock, then padding
	id        uint64 // clockid, then padding
	timeout   uint64
	precision uint64
	flags     uint64 // subclockflags, then padding
}

type wasiEvent struct {
	userdata uint64
	errno    uint16
	typ      uint16
	pad      uint32
	nbytes   uint64
	flags    uint64
}

//go:linkname timeSleep time.Sleep
//tinypy:sched timeSleepSched
//tinypy:schedroot js
func timeSleep(ns int64) {
	if ns <= 0 {
		return
	}
	var sub subscriptionClock
	var ev wasiEvent
	var n uint32
	sub.id = clockMonotonic
	sub.timeout = uint64(ns)
	sub.precision = 1000
	pollOneoff(unsafe.Pointer(&sub), unsafe.Pointer(&ev), 1, &n)
}

// Timers fire from the scheduler, which needs goroutines.

//go:linkname newTimer time.newTimer
//tinypy:sched newTimerSched
//tinypy:schedroot
func newTimer(when, period int64, f func(any, uintptr, int64), arg any, cp unsafe.Pointer) unsafe.Pointer {
	runtimePanicText("not supported yet: timers (time.NewTimer, time.After, time.Tick, time.AfterFunc) need goroutines")
	return nil
}

//go:linkname stopTimer time.stopTimer
//tinypy:sched stopTimerSched
func stopTimer(t unsafe.Pointer) bool { return false }

//go:linkname resetTimer time.resetTimer
//tinypy:sched resetTimerSched
func resetTimer(t unsafe.Pointer, when, period int64) bool {
	runtimePanicText("not supported yet: timers (time.Timer.Reset) need goroutines")
	return false
}
