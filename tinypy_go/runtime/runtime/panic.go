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

func panicIndex(index int, length int) {
	panicBounds(boundsIndex, int64(index), true, length) // slice.go: Go's boundsError texts
}

func panicDivide() {
	runtimePanicText("integer divide by zero")
}

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
