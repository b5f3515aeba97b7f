//go:build gc.conservative

package runtime

import "unsafe"

// collectSched is collect when the program has goroutines (the compiler
// redirects collect's callers here; task_asyncify.go).
//
// A goroutine's stack block is not scanned as a heap object: like the main
// stack, its unused part and the padding of its frames hold stale pointers
// that would keep garbage alive. It is marked without scanning, and what is
// live in it is scanned instead:
//   - the asyncify data, from the bottom of the block to its current
//     position: the wasm locals of every frame of a parked goroutine;
//   - the goroutine's GC frames, from its saved stackChainStart;
//   - while a goroutine runs, the scheduler's own GC frames.
// The running goroutine's frames are on stackChainStart, which collect walks.
func collectSched() {
	for t := allTasks; t != nil; t = t.allNext {
		premarkStack(t.stack)
	}
	for i := 0; i < numFreeStacks; i++ {
		premarkStack(freeStacks[i])
	}
	for t := allTasks; t != nil; t = t.allNext {
		if t == currentTask || t.stack == 0 {
			continue
		}
		markRange(t.stack+8, t.state.dataCur)
		markChain(t.chain)
	}
	if currentTask != nil {
		markChain(schedChain)
	}
	collect()
}

func premarkStack(p uintptr) {
	if p != 0 && p >= gc.heapStart && p < gc.metaStart {
		setBlockState((p-gc.heapStart)/gcBlockSize, blockMark)
	}
}

// markChain scans a chain of GC frames (backend/gcroots.py).
func markChain(f unsafe.Pointer) {
	p := uintptr(f)
	for p != 0 {
		size := *(*uintptr)(unsafe.Pointer(p + 4))
		markRange(p+8, p+size)
		p = *(*uintptr)(unsafe.Pointer(p))
	}
}
