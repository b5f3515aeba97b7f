package runtime

import "unsafe"

// Shared by every allocator (gc_leaking.go, gc_conservative.go, gc_none.go).

// heapBase is the linker's __heap_base: the first byte after static data.
// With --stack-first the linear memory is [stack][data][bss][heap].
//
//go:extern __heap_base
var heapBase [0]byte

const wasmPageSize = 64 * 1024

// ptrsAll is allocTyped's element bitmap for "any word may be a pointer".
const ptrsAll = ^uint32(0)

// stackChainStart heads the chain of GC frames: every function that holds
// heap pointers across a call that may collect links a frame
// {prev *frame, size uintptr, slots...} here on entry and unlinks it on
// exit (backend/gcroots.py). The collector scans each frame's slots.
var stackChainStart unsafe.Pointer

// zeroSizedAlloc is the address of every zero-sized allocation, as in Go.
var zeroSizedAlloc uintptr

// globalBase and dataEnd bound the data and bss segments (__global_base,
// __data_end).
//
//go:extern __global_base
var globalBase [0]byte

// dataStart is where the collector starts scanning globals: the first
// writable global, after the constants (.rodata), which cannot point into
// the heap but hold numbers that look as if they did (strconv's power-of-ten
// tables, unicode tables...) and would keep garbage alive. The compiler
// defines the symbol as the module's first writable global, after a first
// constant, so the linker lays out [.rodata][.data from here][.bss]
// (backend/codegen.py, DATA_MARKERS).
//
//go:extern __tinypy_data_start
var dataStart [0]byte

//go:extern __data_end
var dataEnd [0]byte
