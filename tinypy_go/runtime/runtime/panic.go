package runtime

// A panic that is not recovered prints Go's message to standard error and
// ends the program with exit status 2.

// _panic implements the panic builtin for a value of dynamic type string,
// as the compiler passes it; other dynamic types come with interfaces.
func panicString(msg string) {
	printflush()
	printstring("panic: ")
	printstring(msg)
	printpanicSuffix()
}

func printpanicSuffix() {
	printstring("\n\ngoroutine 1 [running]:\nmain.main()\n\t/tinypy/main.go\nexit status 2\n")
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
	printstring("\n[signal]\n")
	exit(2)
}

func printRuntimeErrorInts(prefix string, a int, mid string, b int) {
	trapOnPanic()
	if recoverEnabled() {
		captureBegin()
		printstring(prefix)
		printint(int64(a))
		printstring(mid)
		printint(int64(b))
		runtimeErrorBegin(captureEnd())
		return
	}
	printflush()
	printstring("panic: runtime error: ")
	printstring(prefix)
	printint(int64(a))
	printstring(mid)
	printint(int64(b))
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
