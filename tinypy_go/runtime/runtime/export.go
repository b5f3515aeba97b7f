package runtime

import "unsafe"

// Exported functions called by the host.

// The exports' string and []byte parameters (go:wasmexport's strings, and
// -target=wasm's go.exports) arrive in buffers the host frees when the call
// returns: the export wrapper (backend/codegen.py) copies them into Go
// memory first, so the function may keep them.
func jsCloneString(s string) string {
	if len(s) == 0 {
		return ""
	}
	b := make([]byte, len(s))
	copy(b, s)
	return unsafe.String(&b[0], len(b))
}

func jsCloneBytes(b []byte) []byte {
	if b == nil {
		return nil
	}
	c := make([]byte, len(b), cap(b))
	copy(c, b)
	return c
}


// Exports that block. When the program runs goroutines, an exported
// function's body runs as a goroutine of its own (exportCall, called by the
// export wrapper with a closure that calls the function and stores its
// result): it may wait on a channel, a mutex, a sync.WaitGroup or
// time.Sleep, and the scheduler runs the other goroutines meanwhile, sleeping
// until the first timer when none can run. Goroutines that are runnable when
// the call comes in (woken by a timer that is now due, say) run before the
// body starts. The call returns to the host once the body has returned, after
// running every goroutine that is then runnable; goroutines still waiting (on
// a timer, a channel...) keep their state and continue during a later export
// call. An export that waits with nothing left to wake it is Go's deadlock
// error (exit status 2).
//
// The package initialisers of a reactor (_initialize) run the same way
// (runtimeInitSched), so an init may wait for goroutines it starts.

// exportCall runs fn as a goroutine until it returns. Called while a
// goroutine runs (a host import that calls back into an export), fn runs
// on that goroutine's stack, and may not block.
func exportCall(fn func()) {
	if currentTask != nil {
		fn()
		return
	}
	if timerQueue != nil {
		fireTimers(nanotime()) // goroutines whose sleep is over run first
	}
	t := newTask(fn)
	runqPush(t) // after the goroutines already runnable
	for t.stack != 0 { // runTask clears stack when the goroutine returns
		if timerQueue != nil {
			fireTimers(nanotime())
		}
		n := runqPop()
		if n == nil {
			if timerQueue == nil {
				deadlockReason(t.reason)
			}
			sleepUntil(timerQueue.when)
			continue
		}
		runTask(n)
	}
	runReady()
	runFinalizers()
}

// runtimeInitSched is runtimeInit when the program runs goroutines: the
// package initialisers run as a goroutine (exportCall).
func runtimeInitSched() {
	if initialized {
		return
	}
	initialized = true
	heapInit()
	exportCall(initAll)
}
