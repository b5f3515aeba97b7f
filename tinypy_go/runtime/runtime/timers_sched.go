package runtime

import "unsafe"

// Timers and sleeping under the scheduler (task_asyncify.go).
//
// One queue, sorted by time, holds both sleeping goroutines (time.Sleep) and
// the timers of package time (NewTimer, After, Ticker, AfterFunc), which it
// creates through newTimer/stopTimer/resetTimer. When no goroutine can run,
// the scheduler sleeps with poll_oneoff until the first entry is due.

// timerRec starts like time.Timer and time.Ticker ({C, initTimer}): newTimer
// returns it as a *Timer, as gc's runtime does with its timeTimer.
type timerRec struct {
	c      unsafe.Pointer // time.Timer.C (set by package time)
	init   bool           // time.Timer.initTimer
	when   int64
	period int64
	f      func(any, uintptr, int64)
	arg    any
	ch     *hchan // the timer's channel: emptied by Stop and Reset (Go 1.23)
	t      *task  // a sleeping goroutine to wake instead of calling f
	next   *timerRec
	active bool
}

var timerQueue *timerRec

func timerInsert(tm *timerRec) {
	tm.active = true
	if timerQueue == nil || tm.when < timerQueue.when {
		tm.next = timerQueue
		timerQueue = tm
		return
	}
	p := timerQueue
	for p.next != nil && p.next.when <= tm.when {
		p = p.next
	}
	tm.next = p.next
	p.next = tm
}

// timerRemove takes tm off the queue; false if it was not on it.
func timerRemove(tm *timerRec) bool {
	if !tm.active {
		return false
	}
	tm.active = false
	if timerQueue == tm {
		timerQueue = tm.next
		tm.next = nil
		return true
	}
	for p := timerQueue; p != nil; p = p.next {
		if p.next == tm {
			p.next = tm.next
			tm.next = nil
			return true
		}
	}
	return false
}

// fireTimers runs every timer due at now (on the scheduler's stack).
func fireTimers(now int64) {
	for timerQueue != nil && timerQueue.when <= now {
		tm := timerQueue
		timerQueue = tm.next
		tm.next = nil
		tm.active = false
		if tm.t != nil {
			t := tm.t
			tm.t = nil
			ready(t)
			continue
		}
		delta := now - tm.when
		if tm.period > 0 {
			tm.when += tm.period * (1 + delta/tm.period)
			timerInsert(tm)
		}
		tm.f(tm.arg, 0, delta)
	}
}

// sleepUntil blocks the whole program until the monotonic clock reaches when.
func sleepUntil(when int64) {
	d := when - nanotime()
	if d <= 0 {
		return
	}
	var sub subscriptionClock
	var ev wasiEvent
	var n uint32
	sub.id = clockMonotonic
	sub.timeout = uint64(d)
	sub.precision = 1000
	pollOneoff(unsafe.Pointer(&sub), unsafe.Pointer(&ev), 1, &n)
}

// timeSleepSched is time.Sleep with goroutines: park until due.
func timeSleepSched(ns int64) {
	if ns <= 0 {
		return
	}
	t := currentTask
	if t == nil {
		timeSleep(ns)
		return
	}
	t.sleep.when = nanotime() + ns
	t.sleep.t = t
	timerInsert(&t.sleep)
	t.reason = "sleep"
	pause()
}

func newTimerSched(when, period int64, f func(any, uintptr, int64), arg any, cp unsafe.Pointer) unsafe.Pointer {
	tm := new(timerRec)
	tm.init = true
	tm.when = when
	tm.period = period
	tm.f = f
	tm.arg = arg
	tm.ch = (*hchan)(cp)
	timerInsert(tm)
	return unsafe.Pointer(tm)
}

func stopTimerSched(p unsafe.Pointer) bool {
	tm := (*timerRec)(p)
	pending := timerRemove(tm)
	if tm.ch != nil {
		chanDrain(tm.ch)
	}
	return pending
}

func resetTimerSched(p unsafe.Pointer, when, period int64) bool {
	tm := (*timerRec)(p)
	pending := timerRemove(tm)
	if tm.ch != nil {
		chanDrain(tm.ch)
	}
	tm.when = when
	tm.period = period
	timerInsert(tm)
	return pending
}

// ---------------------------------------------------------------- coroutines (iter.Pull)

// coro is a goroutine that runs only when switched to: coroswitch hands the
// processor over directly (front of the run queue) between it and its caller.
type coro struct {
	f     func(unsafe.Pointer)
	t     *task
	other *task
}

func newcoroSched(f func(unsafe.Pointer)) unsafe.Pointer {
	c := &coro{f: f}
	c.t = newTask(func() {
		c.f(unsafe.Pointer(c))
		if c.other != nil {
			runqPushFront(c.other) // the coroutine ended: back to its caller
			c.other = nil
		}
	})
	return unsafe.Pointer(c)
}

func coroswitchSched(p unsafe.Pointer) {
	c := (*coro)(p)
	cur := currentTask
	if cur == c.t {
		next := c.other
		c.other = nil
		runqPushFront(next)
	} else {
		c.other = cur
		runqPushFront(c.t)
	}
	cur.reason = "coroutine"
	pause()
}
