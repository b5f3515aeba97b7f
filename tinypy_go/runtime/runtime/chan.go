package runtime

import (
	"internal/abi"
	"unsafe"
)

// Channels. A chan value is a *hchan. The compiler lowers the operations to
// calls (ir/build_go.py): chanMake, chanSend(c, &v), chanRecv(c, &v) ok,
// chanClose, chanLen/chanCap, and chanSelect over an array of
// selectCase. Blocking parks the goroutine with park (deadlock without a
// scheduler, a task switch with one).
//
// Values in flight never live only on a parked goroutine's stack, which the
// collector does not scan: a blocked sender copies its value into its
// waiter, which is on the heap, and a blocked receiver is handed its value
// in its waiter too.

type hchan struct {
	elemSize uintptr
	size     uintptr // capacity of the buffer
	count    uintptr // values in the buffer
	head     uintptr // index of the oldest buffered value
	buf      unsafe.Pointer
	closed   bool
	recvq    waitQueue
	sendq    waitQueue
}

// waiter is a goroutine blocked on one channel (or on one case of a select).
type waiter struct {
	t     *task
	next  *waiter
	elem  unsafe.Pointer // the value sent, or the value received
	ok    bool           // receive: a value was delivered; send: the channel was closed
	sel   *selectState   // the select this case belongs to, or nil
	index int            // the case index in the select
}

type waitQueue struct {
	first *waiter
	last  *waiter
}

type selectState struct {
	done   bool
	chosen *waiter
}

func (q *waitQueue) push(w *waiter) {
	w.next = nil
	if q.last == nil {
		q.first = w
	} else {
		q.last.next = w
	}
	q.last = w
}

// pop returns the first waiter still waiting (skipping the other cases of
// selects that already completed), or nil.
func (q *waitQueue) pop() *waiter {
	for q.first != nil {
		w := q.first
		q.first = w.next
		if q.first == nil {
			q.last = nil
		}
		w.next = nil
		if w.sel == nil || !w.sel.done {
			return w
		}
	}
	return nil
}

// wake completes w and makes its goroutine runnable.
func (w *waiter) wake() {
	if w.sel != nil {
		w.sel.done = true
		w.sel.chosen = w
	}
	if w.t != nil {
		ready(w.t)
	}
}

func newWaiter(c *hchan) *waiter {
	w := new(waiter)
	w.t = currentTask
	if c.elemSize > 0 {
		w.elem = alloc(c.elemSize)
	}
	return w
}

//tinypy:chanroot
func chanMake(elemSize uintptr, size int) unsafe.Pointer {
	if size < 0 || (elemSize > 0 && uintptr(size) > (1<<30)/elemSize) {
		runtimePanicPlain("makechan: size out of range")
		return nil
	}
	c := new(hchan)
	c.elemSize = elemSize
	c.size = uintptr(size)
	if size > 0 && elemSize > 0 {
		c.buf = alloc(elemSize * uintptr(size))
	}
	return unsafe.Pointer(c)
}

func chanLen(ch unsafe.Pointer) int {
	if ch == nil {
		return 0
	}
	return int((*hchan)(ch).count)
}

func chanCap(ch unsafe.Pointer) int {
	if ch == nil {
		return 0
	}
	return int((*hchan)(ch).size)
}

func (c *hchan) slot(i uintptr) unsafe.Pointer {
	return unsafe.Add(c.buf, ((c.head+i)%c.size)*c.elemSize)
}

func chanPlainPanic(msg string) {
	panicTextBegin()
	printstring(msg)
	panicTextEnd()
}

// trySend sends without blocking; false when it would block. The caller
// has checked for nil and closed channels.
func (c *hchan) trySend(elem unsafe.Pointer) bool {
	if w := c.recvq.pop(); w != nil {
		memmove(w.elem, elem, c.elemSize)
		w.ok = true
		w.wake()
		return true
	}
	if c.count < c.size {
		memmove(c.slot(c.count), elem, c.elemSize)
		c.count++
		return true
	}
	return false
}

// tryRecv receives without blocking: (received, ok); received is false
// when it would block.
func (c *hchan) tryRecv(elem unsafe.Pointer) (bool, bool) {
	if c.count > 0 {
		memmove(elem, c.slot(0), c.elemSize)
		memzero(c.slot(0), c.elemSize)
		c.head = (c.head + 1) % c.size
		c.count--
		if w := c.sendq.pop(); w != nil { // a blocked sender's value takes the free slot
			memmove(c.slot(c.count), w.elem, c.elemSize)
			c.count++
			w.wake()
		}
		return true, true
	}
	if w := c.sendq.pop(); w != nil {
		memmove(elem, w.elem, c.elemSize)
		w.wake()
		return true, true
	}
	if c.closed {
		memzero(elem, c.elemSize)
		return true, false
	}
	return false, false
}

func chanSend(ch unsafe.Pointer, elem unsafe.Pointer) {
	c := (*hchan)(ch)
	if c == nil {
		park("chan send (nil chan)")
		return
	}
	if c.closed {
		chanPlainPanic("send on closed channel")
		return
	}
	if c.trySend(elem) {
		return
	}
	w := newWaiter(c)
	memmove(w.elem, elem, c.elemSize)
	c.sendq.push(w)
	park("chan send")
	if w.ok {
		chanPlainPanic("send on closed channel")
	}
}

func chanRecv(ch unsafe.Pointer, elem unsafe.Pointer) bool {
	c := (*hchan)(ch)
	if c == nil {
		park("chan receive (nil chan)")
		return false
	}
	if done, ok := c.tryRecv(elem); done {
		return ok
	}
	w := newWaiter(c)
	c.recvq.push(w)
	park("chan receive")
	memmove(elem, w.elem, c.elemSize)
	return w.ok
}

func chanClose(ch unsafe.Pointer) {
	c := (*hchan)(ch)
	if c == nil {
		chanPlainPanic("close of nil channel")
		return
	}
	if c.closed {
		chanPlainPanic("close of closed channel")
		return
	}
	c.closed = true
	for {
		w := c.recvq.pop()
		if w == nil {
			break
		}
		w.ok = false
		w.wake()
	}
	for {
		w := c.sendq.pop()
		if w == nil {
			break
		}
		w.ok = true // the sender panics when it resumes
		w.wake()
	}
}

// chanDrain empties a timer channel's buffer (Stop and Reset, Go 1.23).
func chanDrain(c *hchan) {
	for c.count > 0 {
		memzero(c.slot(0), c.elemSize)
		c.head = (c.head + 1) % c.size
		c.count--
	}
}

// selectCase is one case of a select statement, as the compiler lays it out:
// the channel, the address of the value to send or of the receive buffer,
// and 1 for a send.
type selectCase struct {
	ch   unsafe.Pointer
	elem unsafe.Pointer
	send uintptr
}

// chanSelect runs a select statement over n cases: the index of the case
// that proceeded and, for a receive, whether a value was received. Without
// a ready case it returns -1 when block is false (the default case).
// selectSeed drives the start of select's scan: Go picks uniformly among
// ready cases, and programs must not come to rely on source order.
var selectSeed uint32 = 0x9e3779b9

func chanSelect(cases unsafe.Pointer, n int, block bool) (int, bool) {
	start := 0
	if n > 1 {
		selectSeed ^= selectSeed << 13
		selectSeed ^= selectSeed >> 17
		selectSeed ^= selectSeed << 5
		start = int(selectSeed % uint32(n))
	}
	for k := 0; k < n; k++ {
		i := start + k
		if i >= n {
			i -= n
		}
		sc := (*selectCase)(unsafe.Add(cases, uintptr(i)*unsafe.Sizeof(selectCase{})))
		c := (*hchan)(sc.ch)
		if c == nil {
			continue
		}
		if sc.send != 0 {
			if c.closed {
				chanPlainPanic("send on closed channel")
				return i, false
			}
			if c.trySend(sc.elem) {
				return i, false
			}
		} else if done, ok := c.tryRecv(sc.elem); done {
			return i, ok
		}
	}
	if !block {
		return -1, false
	}
	sel := new(selectState)
	waiting := false
	for i := 0; i < n; i++ {
		sc := (*selectCase)(unsafe.Add(cases, uintptr(i)*unsafe.Sizeof(selectCase{})))
		c := (*hchan)(sc.ch)
		if c == nil {
			continue
		}
		w := newWaiter(c)
		w.sel = sel
		w.index = i
		if sc.send != 0 {
			memmove(w.elem, sc.elem, c.elemSize)
			c.sendq.push(w)
		} else {
			c.recvq.push(w)
		}
		waiting = true
	}
	if !waiting {
		park("select (no cases)")
		return -1, false
	}
	park("select")
	w := sel.chosen
	sc := (*selectCase)(unsafe.Add(cases, uintptr(w.index)*unsafe.Sizeof(selectCase{})))
	if sc.send != 0 {
		if w.ok {
			chanPlainPanic("send on closed channel")
		}
		return w.index, false
	}
	c := (*hchan)(sc.ch)
	memmove(sc.elem, w.elem, c.elemSize)
	return w.index, w.ok
}

// Package reflect's channel hooks. reflect_hooks.go binds stubs (length 0,
// "not supported yet"), which are right while the program makes no channel;
// the compiler redirects them here when it does (backend/goroutines.py).

func reflectChanlen(ch unsafe.Pointer) int {
	return chanLen(ch)
}

func reflectChancap(ch unsafe.Pointer) int {
	return chanCap(ch)
}

func reflectliteChanlen(ch unsafe.Pointer) int {
	return chanLen(ch)
}

func reflectMakechan(t *abi.Type, size int) unsafe.Pointer {
	return chanMake((*abi.ChanType)(unsafe.Pointer(t)).Elem.Size_, size)
}

func reflectChanclose(ch unsafe.Pointer) {
	chanClose(ch)
}

func reflectChanrecv(ch unsafe.Pointer, nb bool, val unsafe.Pointer) (selected, received bool) {
	if !nb {
		return true, chanRecv(ch, val)
	}
	c := (*hchan)(ch)
	if c == nil {
		return false, false
	}
	return c.tryRecv(val)
}

func reflectChansend0(ch unsafe.Pointer, val unsafe.Pointer, nb bool) bool {
	c := (*hchan)(ch)
	if !nb || c == nil || c.closed {
		if nb && c == nil {
			return false
		}
		chanSend(ch, val)
		return true
	}
	return c.trySend(val)
}
