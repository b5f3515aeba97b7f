package runtime

// Panics, defer and recover without the wasm exception-handling proposal.
//
// Programs that (after reachability) contain no defer and no recover keep
// the direct path: a panic prints its message and exits. Otherwise the
// compiler builds the program in "unwinding" mode (recoverEnabled() is then
// the constant true): a panic records itself here, sets unwinding and
// returns; every call site that may panic tests unwinding afterwards and,
// if set, leaves its function through the function's panic exit, which runs
// the function's deferred calls (runDefers) and returns zero values (or the
// named results, when a deferred call recovered). A panic that reaches
// _start or an export is printed by fatalpanic.

import "unsafe"

// recoverEnabled reports whether the program is built in unwinding mode; the
// compiler replaces calls of it with a constant.
//tinypy:intrinsic plain
func recoverEnabled() bool

// unwinding is set while a panic propagates; the compiler tests it after calls.
var unwinding bool

// panicRecord is one panic, innermost first (link is the panic that was running
// deferred calls when this one started).
type panicRecord struct {
	arg        interface{} // the panic value, which recover() returns
	recovered  bool
	repanicked bool // the next panic re-raised this one's value (printed once)
	goexit     bool // runtime.Goexit: runs the deferred calls, cannot be recovered
	link       *panicRecord
}

var panicTop *panicRecord

// deferPanic is the panic whose deferred call is about to start; the called
// function takes it in its prologue (recoverFrame) when it may recover.
var deferPanic *panicRecord

// _defer is one deferred call: a closure with its arguments already bound.
type _defer struct {
	link *_defer
	fn   func()
}

// deferPush registers fn on the frame's defer list (head is a local of the frame).
//tinypy:nopanic
func deferPush(head **_defer, d *_defer, fn func()) {
	d.fn = fn
	d.link = *head
	*head = d
}

// deferPushHeap registers fn with a record on the heap: for defers in loops and
// past the first few in a function, one call per defer statement instead of an
// allocation, a spill and a call in the frame's code.
//tinypy:nopanic
func deferPushHeap(head **_defer, fn func()) {
	d := new(_defer)
	d.fn = fn
	d.link = *head
	*head = d
}

// runDefers runs the frame's deferred calls, last pushed first. The compiler
// does not test unwinding after the calls in this function: a deferred call
// that panics leaves the remaining ones to run for the new panic.
//tinypy:unwinds
func runDefers(head **_defer) {
	for *head != nil {
		d := *head
		*head = d.link
		var p *panicRecord
		if unwinding {
			p = panicTop
			unwinding = false
		}
		deferPanic = p
		if d.fn == nil {
			panicNilDeref()
			continue
		}
		d.fn()
		deferPanic = nil
		if unwinding {
			continue // a new panic: the remaining deferred calls run for it
		}
		if p != nil {
			if p.recovered {
				// recovered: the frame returns normally once its defers ran
				panicTop = p.link
				for panicTop != nil && panicTop.recovered {
					panicTop = panicTop.link
				}
			} else {
				unwinding = true
			}
		}
	}
}

// recoverFrame is called at the start of functions that call recover (and
// of deferred function literals): it takes the panic the function may
// recover, so that functions called from it cannot.
//tinypy:nopanic
func recoverFrame() *panicRecord {
	p := deferPanic
	deferPanic = nil
	return p
}

// recoverValue implements recover() in a function whose prologue got p.
//tinypy:nopanic
func recoverValue(p *panicRecord) interface{} {
	if p == nil || p.recovered || p.goexit || panicTop == nil {
		return nil
	}
	p.recovered = true
	return p.arg
}

// panicBegin starts a panic with value arg (panic(nil) panics with a *PanicNilError, as in Go 1.21+).
func panicBegin(arg interface{}) {
	trapOnPanic()
	if arg == nil {
		arg = &PanicNilError{}
	}
	p := &panicRecord{arg: arg, link: panicTop}
	panicTop = p
	unwinding = true
}

// A PanicNilError happens when code calls panic(nil).
type PanicNilError struct {
	_ [0]*PanicNilError // not comparable with ==, as in Go
}

func (*PanicNilError) Error() string { return "runtime error: panic called with nil argument" }
func (*PanicNilError) RuntimeError() {}

// errorString is the dynamic type of run-time panics (index out of range,
// nil dereference, ...), named as gc's so %T agrees; it holds the whole text.
type errorString string

func (e errorString) Error() string { return string(e) }

func (e errorString) RuntimeError() {}

func runtimeErrorBegin(msg string) {
	panicBegin(errorString("runtime error: " + msg))
}

// panicTextBegin and panicTextEnd bracket the printing of a run-time panic's
// message: printed and fatal in direct mode, a recoverable runtime error
// value in unwinding mode (the caller must return after panicTextEnd).
func panicTextBegin() {
	trapOnPanic()
	if recoverEnabled() {
		captureBegin()
		return
	}
	printflush()
	printstring("panic: ")
}

func panicTextEnd() {
	if recoverEnabled() {
		panicBegin(errorString(captureEnd()))
		return
	}
	printpanicSuffix()
}

// fatalpanic prints an unrecovered panic (and the panics it interrupted)
// and exits with status 2.
//tinypy:unwinds
func fatalpanic() {
	trapOnPanic()
	unwinding = false // printing may call Error or String methods
	printflush()
	printpanics(panicTop)
	printstring("\ngoroutine 1 [running]:\n")
	exit(2)
}

//tinypy:unwinds
func printpanics(p *panicRecord) {
	markRepanics(p)
	printpanicChain(p)
}

// markRepanics marks each panic whose value the next one re-raised, as gc's
// preprintpanics does: the pair prints as one "[recovered, repanicked]" line.
func markRepanics(p *panicRecord) {
	for ; p != nil && p.link != nil; p = p.link {
		a, b := anyToEface(p.arg), anyToEface(p.link.arg)
		if a.typecode == b.typecode && a.value == b.value {
			p.link.repanicked = true
		}
	}
}

func printpanicChain(p *panicRecord) {
	for p != nil && p.goexit {
		p = p.link
	}
	if p == nil {
		return
	}
	if p.link != nil && !p.link.goexit {
		printpanicChain(p.link)
		if p.link.repanicked {
			return
		}
		printstring("\t")
	}
	printstring("panic: ")
	printpanicval(anyToEface(p.arg))
	if p.recovered && p.repanicked {
		printstring(" [recovered, repanicked]")
	} else if p.recovered {
		printstring(" [recovered]")
	}
	printstring("\n")
}

// Capturing print output into a string renders panic messages with the
// print functions' formatting (used in unwinding mode).
var capturing bool
var captureBuf unsafe.Pointer
var captureLen uintptr
var captureCap uintptr

//tinypy:nopanic
func captureBegin() {
	capturing = true
	captureBuf = nil
	captureLen = 0
	captureCap = 0
}

//tinypy:nopanic
func captureByte(c byte) {
	if captureLen == captureCap {
		n := captureCap*2 + 32
		b := alloc(n)
		if captureLen > 0 {
			memcpy(b, captureBuf, captureLen)
		}
		captureBuf = b
		captureCap = n
	}
	*(*byte)(unsafe.Add(captureBuf, captureLen)) = c
	captureLen++
}

//tinypy:nopanic
func captureEnd() string {
	capturing = false
	if captureLen == 0 {
		return ""
	}
	return unsafe.String((*byte)(captureBuf), int(captureLen))
}

// panicrangestate reports a misbehaving range-over-func iterator (state as
// in internal/abi.RF_State).
func panicrangestate(state int) {
	panicTextBegin()
	printstring("runtime error: range function ")
	switch state {
	case 0:
		printstring("continued iteration after function for loop body returned false")
	case 2:
		printstring("continued iteration after loop body panic")
	case 3:
		printstring("continued iteration after whole loop exit")
	default:
		printstring("recovered a loop body panic and did not resume panicking")
	}
	panicTextEnd()
}

// goexitBegin starts runtime.Goexit in unwinding mode: the goroutine's
// deferred calls run as for a panic that nothing can recover, then the
// goroutine ends (goexitDone at its entry clears the record).
func goexitBegin() {
	p := &panicRecord{goexit: true, link: panicTop}
	panicTop = p
	unwinding = true
}

// goexitDone reports whether the unwinding that reached a goroutine's entry is
// a Goexit (then it is over: the goroutine ends quietly).
func goexitDone() bool {
	if unwinding && panicTop != nil && panicTop.goexit {
		unwinding = false
		panicTop = panicTop.link
		return true
	}
	return false
}
