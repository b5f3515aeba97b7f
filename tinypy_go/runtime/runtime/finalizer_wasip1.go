package runtime

// Finalizers do not run on WASI (as in TinyGo): os.File's finalizer would
// close descriptors the program forgot, nothing else depends on them.
// finalizer_js.go has the real ones, which syscall/js needs.

func SetFinalizer(obj any, finalizer any) {}

func finalizersPending() bool { return false }

func finSweep() {}

func runFinalizers() {}
