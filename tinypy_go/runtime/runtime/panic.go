package runtime

// A panic that is not recovered prints Go's message to standard error and
// ends the program with exit status 2.

// printpanicSuffix ends a fatal panic message as a Go binary does (there is no
// stack to walk on wasm, so the goroutine header stands alone) and exits 2.
func printpanicSuffix() {
	printstring("\n\ngoroutine 1 [running]:\n")
	exit(2)
}

// runtimePanicText reports a runtime error such as a failed bounds check.
func runtimePanicText(msg string) {
	trapOnPanic()
	if recoverEnabled() {
		runtimeErrorBegin(msg)
		return
	}
	printflush()
	printstring("panic: runtime error: ")
	printstring(msg)
	printpanicSuffix()
}

// runtimePanicPlain reports a run-time error whose message has no
// "runtime error: " prefix (gc's plainError, e.g. makechan's size check).
func runtimePanicPlain(msg string) {
	trapOnPanic()
	if recoverEnabled() {
		panicBegin(plainError(msg))
		return
	}
	printflush()
	printstring("panic: ")
	printstring(msg)
	printpanicSuffix()
}

// plainError is a runtime.Error whose text is printed as it is.
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

func panicIndex(index int, length int) {
	panicBounds(boundsIndex, int64(index), true, length) // slice.go: Go's boundsError texts
}

func panicDivide() {
	runtimePanicText("integer divide by zero")
}

// overflowError and divideError are the values math/bits panics with (it
// pulls them by //go:linkname; see ir/linknames.alias_pulled_vars).
var overflowError error = errorString("runtime error: integer overflow")

var divideError error = errorString("runtime error: integer divide by zero")

func panicNilDeref() {
	runtimePanicText("invalid memory address or nil pointer dereference")
}

func panicShift() {
	runtimePanicText("negative shift amount")
}

// trapOnPanic starts every panic: with -panic=trap it traps right away, so
// the message printing code is not linked in.
func trapOnPanic() {
	if panicTrap {
		trap()
	}
}
