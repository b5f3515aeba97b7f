package runtime

import "unsafe"

// Goroutines on wasm with binaryen's asyncify (TinyGo's design, our code).
//
// A goroutine is a task with its own block of heap memory (taskStackSize)
// used two ways: the linear-memory stack (__stack_pointer) grows down from
// its top, and asyncify's unwind data grows up from its bottom. To switch
// away, the running goroutine calls taskUnwind: asyncify returns from every
// wasm frame of the goroutine, saving their locals in the unwind data, back
// to taskLaunch/taskRewind on the scheduler's stack. taskRewind later calls
// the goroutine's entry again in rewind mode, which re-enters the same
// frames, restores their locals and continues after taskUnwind.
//
// taskLaunch, taskRewind and taskUnwind are raw LLVM IR written by the
// compiler (backend/goroutines.py), because they must not have GC frames or
// Go's panic checks. The asyncify pass itself runs after linking, only when
// they are linked in (backend/asyncify.py).
//
// None of this is referenced by a program without goroutines: the compiler
// redirects a few runtime functions (semacquire, timeSleep, collect, _start,
// park...) to the *Sched variants in this file and scheduler.go only when
// the program reaches a go statement, a timer or a coroutine.

// taskStackSize is a variable so that -stack-size can set it (the compiler
// gives it a static value, ldflags.apply_stack_size).
var taskStackSize uintptr = 64 * 1024

// stackCanary is the first word of every goroutine stack block, checked at
// each switch: a stack that grew into its asyncify data reached it.
const stackCanary = 0x7a5c0de5

// stackLimit is the lowest address the running goroutine's linear-memory
// stack may grow to (0 on the scheduler's own stack). Every function with a
// stack frame compares __stack_pointer against it on entry when the
// scheduler is linked in (backend/goroutines.py, stack_check): a goroutine
// that outgrows its block stops with Go's message instead of overwriting the
// heap below it.
var stackLimit uintptr

// stackGuard is kept free at the bottom of a goroutine's stack: the canary,
// and room for stackOverflow to print.
const stackGuard = 8 + 2048

// stackOverflow is called by the stack check when a goroutine's frame would
// not fit; it runs on what is left of the goroutine's stack.
//
//go:noinline
//tinypy:nostackcheck
func stackOverflow() {
	stackLimit = 0 // the functions below have frames too
	printflush()
	printstring("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n")
	exit(2)
}

// taskState is the part of a task the raw IR reads, at fixed offsets:
// the entry (a func value) at 0 and the asyncify data {current, end} at 4.
// While the task is not running, end is also its saved stack pointer.
type taskState struct {
	fn      func()
	dataCur uintptr
	dataEnd uintptr
}

//tinypy:nopanic
//tinypy:intrinsic task
func taskLaunch(s *taskState)
//tinypy:nopanic
//tinypy:intrinsic task
func taskRewind(s *taskState)
//tinypy:nopanic
//tinypy:intrinsic task
func taskUnwind(s *taskState)

// task is a goroutine.
type task struct {
	state   taskState
	next    *task // run queue or wait list
	allNext *task
	allPrev *task
	stack   uintptr        // the stack block (0 once the goroutine has ended)
	chain   unsafe.Pointer // its GC frame chain (stackChainStart) while not running
	id      int
	started bool
	paused  bool // set by pause: the task unwound rather than returned
	reason  string

	// per-goroutine panic state (panic_unwind.go), saved while not running
	unwinding  bool
	panicTop   *panicRecord
	deferPanic *panicRecord

	// what the task waits for
	sema    *uint32
	notify  *notifyList
	ticket  uint32
	waiting *waiter
	sleep   timerRec
}

var (
	currentTask *task
	mainTask    *task
	allTasks    *task
	runqHead    *task
	runqTail    *task
	schedChain  unsafe.Pointer // the scheduler's GC frames while a task runs
	taskCount   int
	nextTaskID  int
	mainDone    bool
)

// freeStacks keeps the stacks of a few ended goroutines for reuse (their
// blocks stay marked without being scanned, gc_sched.go).
var freeStacks [16]uintptr
var numFreeStacks int

func newTask(fn func()) *task {
	t := new(task)
	t.state.fn = fn
	var base uintptr
	if numFreeStacks > 0 {
		numFreeStacks--
		base = freeStacks[numFreeStacks]
		freeStacks[numFreeStacks] = 0
	} else {
		base = uintptr(alloc(taskStackSize))
	}
	t.stack = base
	*(*uint32)(unsafe.Pointer(base)) = stackCanary
	t.state.dataCur = base + 8
	t.state.dataEnd = base + taskStackSize
	nextTaskID++
	t.id = nextTaskID
	t.allNext = allTasks
	if allTasks != nil {
		allTasks.allPrev = t
	}
	allTasks = t
	taskCount++
	return t
}

// spawn starts a goroutine: the compiler lowers `go f(x)` to
// spawn(func() { f(x) }) with the arguments evaluated by the caller.
//tinypy:schedroot
func spawn(fn func()) {
	runqPush(newTask(fn))
}

func runqPush(t *task) {
	t.next = nil
	if runqTail == nil {
		runqHead = t
	} else {
		runqTail.next = t
	}
	runqTail = t
}

func runqPushFront(t *task) {
	t.next = runqHead
	runqHead = t
	if runqTail == nil {
		runqTail = t
	}
}

func runqPop() *task {
	t := runqHead
	if t != nil {
		runqHead = t.next
		if runqHead == nil {
			runqTail = nil
		}
		t.next = nil
	}
	return t
}

// pause parks the running goroutine; it returns once the scheduler runs it
// again (whoever wakes it puts it on the run queue).
func pause() {
	switchCheck()
	t := currentTask
	t.paused = true
	taskUnwind(&t.state)
}

// parkSched blocks the running goroutine until someone wakes it.
func parkSched(reason string) {
	if currentTask == nil {
		deadlockReason(reason) // on the scheduler's own stack: nothing can wake us
	}
	currentTask.reason = reason
	pause()
}

// park is parkSched without a scheduler: a single goroutine that blocks
// never wakes up.
//tinypy:sched parkSched
func park(reason string) {
	deadlockReason(reason)
}

func deadlockReason(reason string) {
	printflush()
	printstring("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [")
	printstring(reason)
	printstring("]:\n")
	exit(2)
}

// ready makes a parked goroutine runnable.
func ready(t *task) {
	runqPush(t)
}

// startSched is _start when the program has goroutines: main runs as a
// goroutine like any other, under the scheduler loop on the original stack.
//tinypy:unwinds
func startSched() {
	mainTask = newTask(mainEntry)
	runqPush(mainTask)
	scheduler()
	// main returned: the program ends even if other goroutines could run.
}

//tinypy:unwinds
func mainEntry() {
	if !initialized { // runtimeInit without heapInit: newTask has set the heap up
		initialized = true
		initAll()
	}
	if recoverEnabled() && unwinding {
		fatalpanic()
	}
	callMain()
	if recoverEnabled() && unwinding {
		if goexitDone() {
			mainGoexit() // the other goroutines go on (sched_*.go)
			return
		}
		fatalpanic()
	}
	mainDone = true
}

// runTask runs t until it blocks or returns.
//tinypy:unwinds
//tinypy:nostackcheck
func runTask(t *task) {
	currentTask = t
	schedChain = stackChainStart
	stackChainStart = t.chain
	if recoverEnabled() {
		unwinding = t.unwinding
		panicTop = t.panicTop
		deferPanic = t.deferPanic
	}
	stackLimit = t.stack + stackGuard
	if t.started {
		taskRewind(&t.state)
	} else {
		t.started = true
		taskLaunch(&t.state)
	}
	stackLimit = 0
	t.chain = stackChainStart
	stackChainStart = schedChain
	currentTask = nil
	if *(*uint32)(unsafe.Pointer(t.stack)) != stackCanary {
		stackOverflow() // a chain of unchecked frames reached the bottom word
	}
	if t.paused {
		t.paused = false
		if recoverEnabled() {
			t.unwinding = unwinding
			t.panicTop = panicTop
			t.deferPanic = deferPanic
			unwinding = false
			panicTop = nil
			deferPanic = nil
		}
		return
	}
	// The goroutine returned.
	if recoverEnabled() && unwinding && !goexitDone() {
		fatalpanic() // a panic nothing recovered
	}
	if t.allPrev != nil {
		t.allPrev.allNext = t.allNext
	} else {
		allTasks = t.allNext
	}
	if t.allNext != nil {
		t.allNext.allPrev = t.allPrev
	}
	t.allNext = nil
	t.allPrev = nil
	if numFreeStacks < len(freeStacks) {
		freeStacks[numFreeStacks] = t.stack
		numFreeStacks++
	}
	t.stack = 0
	t.chain = nil
	t.state.fn = nil
	taskCount--
}

// goschedSched is runtime.Gosched: let the other runnable goroutines run first.
func goschedSched() {
	if currentTask == nil {
		return
	}
	runqPush(currentTask)
	currentTask.reason = "runnable"
	pause()
}

func numGoroutineSched() int {
	return taskCount
}

// ---------------------------------------------------------------- sync hooks

// semaWaiters holds the goroutines blocked in semacquire, in order.
var semaWaiters *task

func semacquireSched(s *uint32) {
	for *s == 0 {
		t := currentTask
		if t == nil {
			deadlockReason("semacquire")
		}
		t.sema = s
		t.next = nil
		if semaWaiters == nil {
			semaWaiters = t
		} else {
			w := semaWaiters
			for w.next != nil {
				w = w.next
			}
			w.next = t
		}
		t.reason = "semacquire"
		pause()
	}
	*s--
}

func semreleaseSched(s *uint32) {
	*s++
	var prev *task
	for w := semaWaiters; w != nil; w = w.next {
		if w.sema == s {
			if prev == nil {
				semaWaiters = w.next
			} else {
				prev.next = w.next
			}
			w.sema = nil
			ready(w)
			return
		}
		prev = w
	}
}

// condWaiters holds the goroutines blocked in sync.Cond.Wait.
var condWaiters *task

func notifyListWaitSched(l *notifyList, ticket uint32) {
	if ticket-l.notify >= 0x80000000 { // already notified
		return
	}
	t := currentTask
	if t == nil {
		deadlockReason("sync.Cond.Wait")
	}
	t.notify = l
	t.ticket = ticket
	t.next = condWaiters
	condWaiters = t
	t.reason = "sync.Cond.Wait"
	pause()
}

// wakeNotified readies the waiters of l whose ticket is now notified.
func wakeNotified(l *notifyList) {
	var prev *task
	w := condWaiters
	for w != nil {
		next := w.next
		if w.notify == l && w.ticket-l.notify >= 0x80000000 {
			if prev == nil {
				condWaiters = next
			} else {
				prev.next = next
			}
			w.notify = nil
			ready(w)
		} else {
			prev = w
		}
		w = next
	}
}

func notifyListNotifyAllSched(l *notifyList) {
	l.notify = l.wait
	wakeNotified(l)
}

func notifyListNotifyOneSched(l *notifyList) {
	if l.notify == l.wait {
		return
	}
	ticket := l.notify
	l.notify++
	var prev *task
	for w := condWaiters; w != nil; w = w.next {
		if w.notify == l && w.ticket == ticket {
			if prev == nil {
				condWaiters = w.next
			} else {
				prev.next = w.next
			}
			w.notify = nil
			ready(w)
			return
		}
		prev = w
	}
}

// runReady runs, after an exported function returns to the host, the
// goroutines it started (or woke), until none is runnable: exports are
// called on the host's stack, outside any goroutine, so they cannot block
// themselves, but the goroutines they start run before the call returns.
// Goroutines that sleep or wait continue in a later exported call.
//tinypy:unwinds
func runReady() {
	if currentTask != nil {
		return
	}
	for {
		if timerQueue != nil {
			fireTimers(nanotime())
		}
		t := runqPop()
		if t == nil {
			return
		}
		runTask(t)
	}
}
