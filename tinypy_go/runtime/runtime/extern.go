package runtime

// The exported API of package runtime that standard packages and programs
// use. Stack walking is not available on wasm: Caller and Callers report
// nothing, as TinyGo's do.

// Error identifies a run-time error.
type Error interface {
	error
	RuntimeError()
}

// TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	_interface    string
	concrete      string
	asserted      string
	missingMethod string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := e._interface
	if inter == "" {
		inter = "interface"
	}
	if e.concrete == "" {
		return "interface conversion: " + inter + " is nil, not " + e.asserted
	}
	if e.missingMethod == "" {
		return "interface conversion: " + inter + " is " + e.concrete + ", not " + e.asserted
	}
	return "interface conversion: " + e.concrete + " is not " + e.asserted + ": missing method " + e.missingMethod
}

// Func describes a function; without symbol tables there is none to describe.
type Func struct {
	opaque struct{}
}

func FuncForPC(pc uintptr) *Func { return nil }

func (f *Func) Name() string { return "" }

func (f *Func) Entry() uintptr { return 0 }

func (f *Func) FileLine(pc uintptr) (file string, line int) { return "", 0 }

// Frame is one entry of a stack trace.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames iterates over stack frames; it is always empty here.
type Frames struct {
	callers []uintptr
}

func CallersFrames(callers []uintptr) *Frames { return &Frames{callers: callers} }

// Next returns the fake frame of each fake PC that Callers handed out: no
// function, file or line is known.
func (ci *Frames) Next() (frame Frame, more bool) {
	if len(ci.callers) == 0 {
		return Frame{}, false
	}
	frame.PC = ci.callers[0]
	ci.callers = ci.callers[1:]
	return frame, len(ci.callers) > 0
}

func Caller(skip int) (pc uintptr, file string, line int, ok bool) { return 0, "", 0, false }

// Callers reports one frame with a fake PC (1) and nothing more: callers such
// as testing's frameSkip need at least one frame, none can be described.
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
	pc[0] = 1
	return 1
}

func Stack(buf []byte, all bool) int { return 0 }

// MemStats, ReadMemStats and GC are in mstats.go and gc_*.go.

func KeepAlive(x any) {}

func GOMAXPROCS(n int) int { return 1 }

func NumCPU() int { return 1 }

//tinypy:sched numGoroutineSched
func NumGoroutine() int { return 1 }

//tinypy:sched goschedSched
func Gosched() {}

// Goexit runs the calling goroutine's deferred calls and ends it. A program
// that calls it is always built in unwinding mode (backend/panics.analyze).
func Goexit() {
	if recoverEnabled() {
		goexitBegin()
		return
	}
	fatalThrow("runtime.Goexit without unwinding mode")
}

func LockOSThread() {}

func UnlockOSThread() {}

func GOROOT() string { return "/usr/local/go" }

// goVersion is filled in by the compiler: the version of the GOROOT whose
// standard library the program is built with (gc's linker sets buildVersion).
//tinypy:nopanic
func goVersion() string

func Version() string { return goVersion() }

// buildVersion is the Go version the program was built against.
var buildVersion = "go1.23.9"
