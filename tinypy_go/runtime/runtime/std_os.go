package runtime

import "unsafe"

// Hooks of packages syscall, os and internal/godebug (gc: runtime.go,
// os_wasm.go, proc.go): the command line, the environment, exit, GODEBUG.

//go:wasmimport wasi_snapshot_preview1 args_sizes_get
func argsSizesGet(argc *uint32, bufLen *uint32) uint32

//go:wasmimport wasi_snapshot_preview1 args_get
func argsGet(argv *unsafe.Pointer, buf *byte) uint32

//go:wasmimport wasi_snapshot_preview1 environ_sizes_get
func environSizesGet(count *uint32, bufLen *uint32) uint32

//go:wasmimport wasi_snapshot_preview1 environ_get
func environGet(environ *unsafe.Pointer, buf *byte) uint32

//go:wasmimport wasi_snapshot_preview1 random_get
func randomGet(buf *byte, bufLen uint32) uint32

// cStrings splits WASI's NUL-terminated strings (pointed to by ptrs) into Go strings.
func cStrings(ptrs []unsafe.Pointer, buf []byte) []string {
	out := make([]string, len(ptrs))
	base := uintptr(unsafe.Pointer(&buf[0]))
	for i, p := range ptrs {
		start := int(uintptr(p) - base)
		end := start
		for end < len(buf) && buf[end] != 0 {
			end++
		}
		out[i] = string(buf[start:end])
	}
	return out
}

var argslice []string
var argsLoaded bool

func loadArgs() []string {
	if !argsLoaded {
		argsLoaded = true
		var n, size uint32
		if argsSizesGet(&n, &size) == 0 && n > 0 {
			ptrs := make([]unsafe.Pointer, n)
			buf := make([]byte, size+1)
			if argsGet(&ptrs[0], &buf[0]) == 0 {
				argslice = cStrings(ptrs, buf)
			}
		}
	}
	return argslice
}

var envs []string
var envsLoaded bool

func loadEnvs() []string {
	if !envsLoaded {
		envsLoaded = true
		var n, size uint32
		if environSizesGet(&n, &size) == 0 && n > 0 {
			ptrs := make([]unsafe.Pointer, n)
			buf := make([]byte, size+1)
			if environGet(&ptrs[0], &buf[0]) == 0 {
				envs = cStrings(ptrs, buf)
			}
		}
	}
	return envs
}

// getenv looks a variable up in the environment the program started with.
func getenv(key string) string {
	for _, kv := range loadEnvs() {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:]
		}
	}
	return ""
}

//go:linkname syscall_runtime_envs syscall.runtime_envs
func syscall_runtime_envs() []string { return append([]string{}, loadEnvs()...) }

//go:linkname os_runtime_args os.runtime_args
func os_runtime_args() []string { return append([]string{}, loadArgs()...) }

//go:linkname syscall_Getpagesize syscall.Getpagesize
func syscall_Getpagesize() int { return wasmPageSize }

//go:linkname syscall_Exit syscall.Exit
func syscall_Exit(code int) { exit(code) }

//go:linkname os_runtime_beforeExit os.runtime_beforeExit
func os_runtime_beforeExit(exitCode int) {}

//go:linkname os_sigpipe os.sigpipe
func os_sigpipe() { fatalThrow("too many writes on closed pipe") }

// write is gc's runtime.write (internal/godebug prints through it).
func write(fd uintptr, p unsafe.Pointer, n int32) int32 {
	if fd == 2 {
		printflush()
	}
	writeFD(int32(fd), p, uintptr(n))
	return n
}

// rand and randn: splitmix64 seeded from the host's random source on first
// use (64-bit multiplies only: wasm has no 128-bit product instruction).
var randState uint64
var randSeeded bool

func rand() uint64 {
	if !randSeeded {
		randSeeded = true
		randomGet((*byte)(unsafe.Pointer(&randState)), 8)
	}
	randState += 0x9e3779b97f4a7c15
	z := randState
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func randn(n uint32) uint32 {
	return uint32((uint64(uint32(rand())) * uint64(n)) >> 32)
}

// GODEBUG: internal/godebug registers its update function at init; it is
// called with the default settings (none: the main module's go line is the
// toolchain's) and $GODEBUG, as gc's runtime does.
var godebugUpdate func(string, string)
var godebugEnvSet bool
var godebugEnv string

//go:linkname godebug_setUpdate internal/godebug.setUpdate
func godebug_setUpdate(update func(string, string)) {
	godebugUpdate = update
	godebugNotify()
}

func godebugNotify() {
	if godebugUpdate == nil {
		return
	}
	env := godebugEnv
	if !godebugEnvSet {
		env = getenv("GODEBUG")
	}
	godebugUpdate("", env)
}

//go:linkname godebug_setNewIncNonDefault internal/godebug.setNewIncNonDefault
func godebug_setNewIncNonDefault(newIncNonDefault func(string) func()) {}

//go:linkname godebug_registerMetric internal/godebug.registerMetric
func godebug_registerMetric(name string, read func() uint64) {}

//go:linkname syscall_runtimeSetenv syscall.runtimeSetenv
func syscall_runtimeSetenv(key, value string) {
	if key == "GODEBUG" {
		godebugEnvSet = true
		godebugEnv = value
		godebugNotify()
	}
}

//go:linkname syscall_runtimeClearenv syscall.runtimeClearenv
func syscall_runtimeClearenv(env map[string]int) {
	syscall_runtimeUnsetenv("GODEBUG")
}

//go:linkname syscall_runtimeUnsetenv syscall.runtimeUnsetenv
func syscall_runtimeUnsetenv(key string) {
	if key == "GODEBUG" {
		godebugEnvSet = true
		godebugEnv = ""
		godebugNotify()
	}
}
