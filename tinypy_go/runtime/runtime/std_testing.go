package runtime

// Hooks of testing's dependencies (runtime/trace) and Goexit's end on the
// main goroutine. Execution tracing is not available: StartTrace fails, so
// `go test -trace` style callers get an error instead of a hang.

// goexitMain ends a program whose main goroutine called Goexit once no other
// goroutine is left, with gc's message.
func goexitMain() {
	fatalThrow("no goroutines (main called runtime.Goexit) - deadlock!")
}

type traceError struct{}

func (traceError) Error() string { return "tracing is not supported on wasip1 by tinypy" }

// StartTrace is runtime.StartTrace; there is no tracer.
func StartTrace() error { return traceError{} }

// StopTrace is runtime.StopTrace (nothing to stop).
func StopTrace() {}

// ReadTrace is runtime.ReadTrace: no data, ever.
func ReadTrace() []byte { return nil }

// traceClockNow and traceAdvance are pulled by runtime/trace.
func traceClockNow() uint64 { return uint64(nanotime()) }

func traceAdvance(stopTrace bool) {}

//go:linkname trace_traceClockUnitsPerSecond runtime/trace.runtime_traceClockUnitsPerSecond
func trace_traceClockUnitsPerSecond() uint64 { return 1e9 }

// MemProfileRate is runtime.MemProfileRate: there is no memory profiler, the
// variable only exists for the packages that set it (testing's -memprofilerate).
var MemProfileRate int = 512 * 1024

// SetBlockProfileRate is runtime.SetBlockProfileRate (no profiler).
func SetBlockProfileRate(rate int) {}

// SetMutexProfileFraction is runtime.SetMutexProfileFraction (no profiler).
func SetMutexProfileFraction(rate int) int { return 0 }
