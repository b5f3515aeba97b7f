package runtime

// The WASI side of the scheduler (task_asyncify.go): the program owns the
// thread, so an idle scheduler sleeps until its first timer.

// scheduler runs goroutines until main returns.
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
			if timerQueue == nil {
				if mainGoexited {
					if allTasks == nil {
						goexitMain()
					}
					deadlockReason(allTasks.reason)
				}
				reason := "select (no cases)"
				if mainTask != nil {
					reason = mainTask.reason
				}
				deadlockReason(reason)
			}
			sleepUntil(timerQueue.when)
			continue
		}
		runTask(t)
	}
}

// mainGoexited is set once main has called runtime.Goexit: as in Go, the
// program goes on until no goroutine is left that can run.
var mainGoexited bool

func mainGoexit() { mainGoexited = true }

// mainReturned: returning from _start ends a WASI program.
func mainReturned() {}

// switchCheck: a WASI goroutine may always switch.
func switchCheck() {}
