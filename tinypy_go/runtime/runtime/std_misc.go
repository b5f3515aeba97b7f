package runtime

// Hooks of runtime/debug, unique, internal/chacha8rand, the crypto packages
// and internal/runtime/sys (weak pointers: weak.go).

var gcPercent int32 = 100
var maxStack = 250000000
var maxThreads = 10000
var memoryLimit int64 = 1<<63 - 1
var panicOnFault bool

//go:linkname debug_setGCPercent runtime/debug.setGCPercent
func debug_setGCPercent(in int32) int32 {
	out := gcPercent
	gcPercent = in
	return out
}

//go:linkname debug_setMaxStack runtime/debug.setMaxStack
func debug_setMaxStack(in int) int {
	out := maxStack
	maxStack = in
	return out
}

//go:linkname debug_setMaxThreads runtime/debug.setMaxThreads
func debug_setMaxThreads(in int) int {
	out := maxThreads
	maxThreads = in
	return out
}

//go:linkname debug_setMemoryLimit runtime/debug.setMemoryLimit
func debug_setMemoryLimit(in int64) int64 {
	out := memoryLimit
	if in >= 0 {
		memoryLimit = in
	}
	return out
}

//go:linkname debug_setPanicOnFault runtime/debug.setPanicOnFault
func debug_setPanicOnFault(in bool) bool {
	out := panicOnFault
	panicOnFault = in
	return out
}

//go:linkname debug_freeOSMemory runtime/debug.freeOSMemory
func debug_freeOSMemory() { GC() }

// readGCStats reports no collections: [last GC, number of GCs, total pause].
//
//go:linkname debug_readGCStats runtime/debug.readGCStats
func debug_readGCStats(pauses *[]int64) {
	p := (*pauses)[:3]
	p[0], p[1], p[2] = 0, 0, 0
	*pauses = p
}

//go:linkname debug_WriteHeapDump runtime/debug.WriteHeapDump
func debug_WriteHeapDump(fd uintptr) {}

//go:linkname debug_SetTraceback runtime/debug.SetTraceback
func debug_SetTraceback(level string) {}

// modinfo is the build information the linker embeds; there is none.
//
//go:linkname debug_modinfo runtime/debug.modinfo
func debug_modinfo() string { return "" }

var crashFD uintptr = ^uintptr(0)

//go:linkname setCrashFD runtime.setCrashFD
func setCrashFD(fd uintptr) uintptr {
	old := crashFD
	crashFD = fd
	return old
}


//go:linkname unique_runtime_registerUniqueMapCleanup unique.runtime_registerUniqueMapCleanup
func unique_runtime_registerUniqueMapCleanup(cleanup func()) {}

// internal/chacha8rand.block is assembly that jumps to block_generic.
//
//go:linkname chacha8rand_block_generic internal/chacha8rand.block_generic
func chacha8rand_block_generic(seed *[4]uint64, blocks *[32]uint64, counter uint32)

//go:linkname chacha8rand_block internal/chacha8rand.block
func chacha8rand_block(seed *[4]uint64, blocks *[32]uint64, counter uint32) {
	chacha8rand_block_generic(seed, blocks, counter)
}

// crypto/internal/fips140's service indicator and crypto/fips140's
// enforcement bypass (gc keeps both per goroutine; one value is enough for
// the indicator, which FIPS mode only reads right after a call).
var fipsIndicator uint8
var fipsBypass bool

//go:linkname fips140_getIndicator crypto/internal/fips140.getIndicator
func fips140_getIndicator() uint8 { return fipsIndicator }

//go:linkname fips140_setIndicator crypto/internal/fips140.setIndicator
func fips140_setIndicator(v uint8) { fipsIndicator = v }

//go:linkname fips140_fatal crypto/internal/fips140.fatal
func fips140_fatal(s string) { fatalThrow(s) }

//go:linkname sysrand_fatal crypto/internal/sysrand.fatal
func sysrand_fatal(s string) { fatalThrow(s) }

//go:linkname fips140_setBypass crypto/fips140.setBypass
func fips140_setBypass() { fipsBypass = true }

//go:linkname fips140_isBypassed crypto/fips140.isBypassed
func fips140_isBypassed() bool { return fipsBypass }

//go:linkname fips140_unsetBypass crypto/fips140.unsetBypass
func fips140_unsetBypass() { fipsBypass = false }

// Data-independent timing is a CPU mode wasm doesn't have.
//
//go:linkname subtle_setDITEnabled crypto/subtle.setDITEnabled
func subtle_setDITEnabled() bool { return false }

//go:linkname subtle_setDITDisabled crypto/subtle.setDITDisabled
func subtle_setDITDisabled() {}

// Markers that tell which crypto implementation a binary uses.

//go:linkname sig_BoringCrypto crypto/internal/boring/sig.BoringCrypto
func sig_BoringCrypto() {}

//go:linkname sig_FIPSOnly crypto/internal/boring/sig.FIPSOnly
func sig_FIPSOnly() {}

//go:linkname sig_StandardCrypto crypto/internal/boring/sig.StandardCrypto
func sig_StandardCrypto() {}

// gc's intrinsics for the caller's PC and SP and the closure pointer: there
// are no frame addresses to give on wasm (callers use them for race
// detection and tracebacks only).
//
//go:linkname sys_GetCallerPC internal/runtime/sys.GetCallerPC
func sys_GetCallerPC() uintptr { return 0 }

//go:linkname sys_GetCallerSP internal/runtime/sys.GetCallerSP
func sys_GetCallerSP() uintptr { return 0 }

//go:linkname sys_GetClosurePtr internal/runtime/sys.GetClosurePtr
func sys_GetClosurePtr() uintptr { return 0 }
