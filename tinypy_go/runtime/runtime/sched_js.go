package runtime

// The JavaScript side of the scheduler (task_asyncify.go) for -target=wasm.
//
// The host owns the thread: a Go program may never block it. When no
// goroutine can run, the scheduler returns to JavaScript (from _start, resume
// or go_scheduler) instead of sleeping or reporting a deadlock. If a timer is
// pending it first asks the glue (targets/wasm_exec.js) for a setTimeout that
// calls go_scheduler when the timer is due; a js.FuncOf callback comes back
// through resume. Under Node, the glue calls go_deadlock when the event loop
// runs dry while main still waits: Go's deadlock error, as gc's js port gives.

// jsScheduleTimeout asks the host to call go_scheduler in ms milliseconds
// (replacing an earlier request).
//
//go:wasmimport gojs runtime.scheduleTimeout
func jsScheduleTimeout(ms float64)

// jsMainReturned tells the host that main.main returned: go.run's promise
// resolves with status 0 while the instance stays callable (exports, callbacks).
//
//go:wasmimport gojs runtime.mainReturned
func jsMainReturned()

var mainReported bool

// mainReturned flushes println's buffer and tells the host, once.
func mainReturned() {
	if !mainReported {
		mainReported = true
		printflush()
		jsMainReturned()
	}
}

// mainGoexit: main called runtime.Goexit. A browser program is not run to
// its end without main, so this is gc's fatal error at once.
func mainGoexit() { goexitMain() }

// scheduler runs goroutines until main returns or none can run.
//tinypy:unwinds
func scheduler() {
	for !mainDone {
		if timerQueue != nil {
			fireTimers(nanotime())
		}
		if finQueue != nil || cleanupQueue != nil {
			runFinalizers()
		}
		t := runqPop()
		if t == nil {
			break
		}
		runTask(t)
	}
	if mainDone {
		mainReturned()
		return
	}
	idle()
}

// idle hands the thread back to the host, asking to be called when the
// first timer is due.
func idle() {
	if timerQueue != nil {
		d := timerQueue.when - nanotime()
		if d < 0 {
			d = 0
		}
		jsScheduleTimeout(float64(d) / 1e6)
	}
}

// goScheduler is called by the glue when a timer asked for is due (and after
// each event): it runs whatever can run. Once main has returned only the
// goroutines that exports and callbacks start still run (runReady).
//
//export go_scheduler
func goScheduler() {
	if currentTask != nil {
		return // a nested call from JavaScript while a goroutine runs
	}
	runFinalizers()
	if mainDone || mainTask == nil {
		runReady()
		idle()
		return
	}
	scheduler()
}

// eventHandler is syscall/js's handleEvent: it runs the js.Func of the
// pending event (go._pendingEvent) and reports whether there was one.
var eventHandler func() bool

//go:linkname syscall_js_setEventHandler syscall/js.setEventHandler
func syscall_js_setEventHandler(fn func() bool) {
	eventHandler = fn
}

// jsNested counts events handled on the stack of a running goroutine (JS
// called a js.Func while Go was calling JS): such a handler cannot switch
// goroutines, since asyncify cannot unwind through JavaScript frames.
var jsNested int

// resume is called by the glue for every call of a js.Func: the handler runs
// on a new goroutine, and the scheduler runs until nothing can run, so the
// handler's result is set when resume returns unless the handler blocked
// (as in gc, a blocking handler should start a goroutine instead). When JS
// calls back while Go is calling JS, the handler runs at once on the calling
// goroutine, as gc does.
//
//export resume
//tinypy:schedroot js
func resume() {
	if !initialized {
		runtimeInit()
	}
	if eventHandler == nil {
		return
	}
	finPace()
	if currentTask != nil {
		jsNested++
		eventHandler()
		jsNested--
		return
	}
	runqPushFront(newTask(handleOneEvent))
	goScheduler()
}

func handleOneEvent() {
	eventHandler()
}

// switchCheck is called before a goroutine switches away (pause): not
// inside a nested event.
func switchCheck() {
	if jsNested > 0 {
		fatalThrow("a js.Func called while Go was calling JavaScript blocked (start a goroutine instead)")
	}
}

// goDeadlock reports the deadlock of a program whose main goroutine waits
// with nothing left in the host's event loop (called by the glue under Node).
//
//export go_deadlock
func goDeadlock() {
	reason := "select (no cases)"
	if mainTask != nil {
		reason = mainTask.reason
	}
	deadlockReason(reason)
}

// finGCAt paces collections by the number of finalizable objects: each names
// a JavaScript value the glue keeps alive, memory the Go heap does not see, so
// a handler called many times would otherwise grow the glue's table for as
// long as the heap does not fill (GOGC-like: collect when it has doubled).
var finGCAt = 4096

func finPace() {
	if len(finTable) >= finGCAt {
		GC()
		runFinalizers()
		finGCAt = 2*len(finTable) + 4096
	}
}
