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
func newTimer(when, period int64, f func(any, uintptr, int64), arg any, cp unsafe.Pointer) unsafe.Pointer {
	runtimePanicText("not supported yet: timers (time.NewTimer, time.After, time.Tick, time.AfterFunc) need goroutines")
	return nil
}

//go:linkname stopTimer time.stopTimer
func stopTimer(t unsafe.Pointer) bool { return false }

//go:linkname resetTimer time.resetTimer
func resetTimer(t unsafe.Pointer, when, period int64) bool {
	runtimePanicText("not supported yet: timers (time.Timer.Reset) need goroutines")
	return false
}
