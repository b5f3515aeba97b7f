//go:build gc.conservative

package runtime

import "unsafe"

// A conservative, non-moving mark-sweep collector.
//
// The heap runs from __heap_base to the end of linear memory. It is cut into
// 8-byte blocks (8 is the largest alignment of a Go type on wasm32); the end
// of memory holds a state table with 2 bits per block:
//
//	free  the block is not in use
//	head  the first block of an object
//	tail  a following block of the object that starts at the nearest head
//	mark  a head reached during the current collection
//
// An allocation takes the first run of free blocks at or after the last
// allocation (next fit). When none is large enough the collector runs:
// it marks everything reachable from the roots and frees every unmarked
// object. When the collection leaves less than a quarter of the heap free,
// or the request still does not fit, linear memory grows (memory.grow) and
// the state table moves to the new end.
//
// Roots are scanned conservatively, one aligned 32-bit word at a time; any
// word that points into an object (interior pointers included) keeps the
// whole object alive:
//   - [stack pointer, __heap_base): the live part of the linear-memory stack
//     (address-taken locals, GC frames) and all data and bss (globals,
//     including the list of host allocations made with malloc);
//   - the GC frames on runtime.stackChainStart, where compiled code spills
//     pointers that live in wasm locals across calls (backend/gcroots.py).
// Objects are scanned the same way, word by word: there is no type
// information, so an integer that looks like a heap address keeps an object
// alive (a leak, never a corruption).

const (
	gcBlockSize    = 8
	gcBlocksPerMeta = 4 // blocks per state-table byte

	blockFree = 0
	blockHead = 1
	blockTail = 2
	blockMark = 3

	noBlock       = ^uintptr(0)
	markStackSize = 4096
)

var (
	heapStart  uintptr // the first block
	metaStart  uintptr // the state table; also the end of the blocks
	heapEnd    uintptr // the end of linear memory
	numBlocks  uintptr // a multiple of gcBlocksPerMeta
	nextAlloc  uintptr // where the next-fit search starts
	heapFree   uintptr // free blocks after the last collection
	gcCount    uintptr // collections so far

	markStack    [markStackSize]uintptr
	markTop      int
	markOverflow bool // some marked objects may not have been scanned
)

func heapInit() {
	if heapStart != 0 {
		return
	}
	heapStart = (uintptr(unsafe.Pointer(&heapBase)) + gcBlockSize - 1) &^ (gcBlockSize - 1)
	metaStart = heapStart
	numBlocks = 0
	setHeapEnd(wasmMemorySize() * wasmPageSize)
}

// setHeapEnd lays the heap out up to end, keeping the states of the blocks
// of the previous (smaller) layout.
func setHeapEnd(end uintptr) {
	total := end - heapStart
	n := total / (gcBlockSize*gcBlocksPerMeta + 1) * gcBlocksPerMeta
	newMeta := heapStart + n*gcBlockSize
	oldBytes := numBlocks / gcBlocksPerMeta
	if oldBytes > 0 {
		memmove(unsafe.Pointer(newMeta), unsafe.Pointer(metaStart), oldBytes)
	}
	memzero(unsafe.Pointer(newMeta+oldBytes), n/gcBlocksPerMeta-oldBytes)
	heapFree += n - numBlocks
	numBlocks = n
	metaStart = newMeta
	heapEnd = end
}

// growHeap adds at least minBlocks blocks (and at least half the heap, so
// that collections stay rare as the live data grows); false when memory
// cannot grow.
func growHeap(minBlocks uintptr) bool {
	need := minBlocks*gcBlockSize + minBlocks/gcBlocksPerMeta + 2*wasmPageSize
	want := (heapEnd - heapStart) / 2
	if want < need {
		want = need
	}
	pages := (want + wasmPageSize - 1) / wasmPageSize
	if wasmMemoryGrow(pages) < 0 {
		pages = (need + wasmPageSize - 1) / wasmPageSize
		if wasmMemoryGrow(pages) < 0 {
			return false
		}
	}
	setHeapEnd(wasmMemorySize() * wasmPageSize)
	return true
}

func blockState(b uintptr) uintptr {
	m := *(*uint8)(unsafe.Pointer(metaStart + b/gcBlocksPerMeta))
	return uintptr(m>>((b%gcBlocksPerMeta)*2)) & 3
}

func setBlockState(b uintptr, s uintptr) {
	p := (*uint8)(unsafe.Pointer(metaStart + b/gcBlocksPerMeta))
	shift := (b % gcBlocksPerMeta) * 2
	*p = *p&^uint8(3<<shift) | uint8(s<<shift)
}

// alloc returns size zeroed bytes, aligned to 8.
func alloc(size uintptr) unsafe.Pointer {
	if heapStart == 0 {
		heapInit()
	}
	if size == 0 {
		return unsafe.Pointer(&zeroSizedAlloc)
	}
	if size >= 1<<31 {
		outOfMemory()
	}
	n := (size + gcBlockSize - 1) / gcBlockSize
	b := findFree(n)
	if b == noBlock {
		collect()
		if heapFree < numBlocks/4 {
			growHeap(0)
		}
		b = findFree(n)
		for b == noBlock {
			if !growHeap(n) {
				outOfMemory()
			}
			b = findFree(n)
		}
	}
	setBlockState(b, blockHead)
	for i := b + 1; i < b+n; i++ {
		setBlockState(i, blockTail)
	}
	nextAlloc = b + n
	heapFree -= n
	p := unsafe.Pointer(heapStart + b*gcBlockSize)
	memzero(p, n*gcBlockSize)
	return p
}

// findFree returns the first block of a run of n free blocks, searching
// from nextAlloc and then from the start; noBlock when there is none.
func findFree(n uintptr) uintptr {
	if n > heapFree {
		return noBlock
	}
	b := findFreeIn(nextAlloc, numBlocks, n)
	if b == noBlock && nextAlloc != 0 {
		b = findFreeIn(0, numBlocks, n)
	}
	return b
}

func findFreeIn(from uintptr, to uintptr, n uintptr) uintptr {
	run := uintptr(0)
	b := from
	for b < to {
		if b%gcBlocksPerMeta == 0 && b+gcBlocksPerMeta <= to {
			m := *(*uint8)(unsafe.Pointer(metaStart + b/gcBlocksPerMeta))
			if m == 0 { // four free blocks
				run += gcBlocksPerMeta
				b += gcBlocksPerMeta
				if run >= n {
					return b - run
				}
				continue
			}
			if m&0x03 != 0 && m&0x0c != 0 && m&0x30 != 0 && m&0xc0 != 0 { // four used blocks
				run = 0
				b += gcBlocksPerMeta
				continue
			}
		}
		if blockState(b) == blockFree {
			run++
			b++
			if run >= n {
				return b - run
			}
		} else {
			run = 0
			b++
		}
	}
	return noBlock
}

// GC runs a full collection.
func GC() {
	if heapStart == 0 {
		heapInit()
	}
	collect()
}

func collect() {
	gcCount++
	// The live stack, data and bss: with --stack-first the stack lies below
	// the data, so this is one range.
	markRange(stackPointer(), uintptr(unsafe.Pointer(&heapBase)))
	// The GC frames (on the stack too, but walked explicitly so that frames
	// elsewhere, e.g. on goroutine stacks, are found).
	f := uintptr(stackChainStart)
	for f != 0 {
		size := *(*uintptr)(unsafe.Pointer(f + 4))
		markRange(f+8, f+size)
		f = *(*uintptr)(unsafe.Pointer(f))
	}
	for markOverflow {
		markOverflow = false
		for b := uintptr(0); b < numBlocks; b++ {
			if blockState(b) == blockMark {
				scanObject(b)
				drainMarkStack()
			}
		}
	}
	sweep()
}

// markRange marks everything the aligned words of [start, end) point to.
func markRange(start uintptr, end uintptr) {
	p := (start + 3) &^ 3
	for p+4 <= end {
		if markWord(*(*uintptr)(unsafe.Pointer(p))) {
			drainMarkStack()
		}
		p += 4
	}
}

// markWord marks the object w points into, if any; true when it was newly
// marked (and pushed on the mark stack).
func markWord(w uintptr) bool {
	if w < heapStart || w >= metaStart {
		return false
	}
	b := (w - heapStart) / gcBlockSize
	s := blockState(b)
	for s == blockTail {
		b--
		s = blockState(b)
	}
	if s != blockHead {
		return false // free, or already marked
	}
	setBlockState(b, blockMark)
	if markTop < markStackSize {
		markStack[markTop] = b
		markTop++
	} else {
		markOverflow = true // found again by the rescan in collect
	}
	return true
}

func drainMarkStack() {
	for markTop > 0 {
		markTop--
		scanObject(markStack[markTop])
	}
}

// scanObject marks what the object whose head is block b points to.
func scanObject(b uintptr) {
	end := b + 1
	for end < numBlocks && blockState(end) == blockTail {
		end++
	}
	p := heapStart + b*gcBlockSize
	last := heapStart + end*gcBlockSize
	for p < last {
		markWord(*(*uintptr)(unsafe.Pointer(p)))
		p += 4
	}
}

// sweep frees every unmarked object and unmarks the others.
func sweep() {
	free := uintptr(0)
	freeing := false
	b := uintptr(0)
	for b < numBlocks {
		if b%gcBlocksPerMeta == 0 && *(*uint8)(unsafe.Pointer(metaStart + b/gcBlocksPerMeta)) == 0 {
			free += gcBlocksPerMeta
			freeing = false
			b += gcBlocksPerMeta
			continue
		}
		switch blockState(b) {
		case blockHead:
			setBlockState(b, blockFree)
			freeing = true
			free++
		case blockTail:
			if freeing {
				setBlockState(b, blockFree)
				free++
			}
		case blockMark:
			setBlockState(b, blockHead)
			freeing = false
		default:
			freeing = false
			free++
		}
		b++
	}
	heapFree = free
	nextAlloc = 0
}

// freeObject frees the object whose head is block b at once (free).
func freeObject(b uintptr) {
	setBlockState(b, blockFree)
	n := uintptr(1)
	for i := b + 1; i < numBlocks && blockState(i) == blockTail; i++ {
		setBlockState(i, blockFree)
		n++
	}
	heapFree += n
}

func outOfMemory() {
	printflush()
	printstring("fatal error: out of memory\n")
	exit(2)
}

// Host allocations (malloc and friends) carry a header that links them into
// a list whose head is a global: the collector finds them through it, so
// they stay alive until free unlinks them. Objects never move.
type hostAlloc struct {
	next  *hostAlloc
	prev  *hostAlloc
	magic uint32
	size  uintptr
}

const hostAllocMagic = 0x6d616c6c
const hostHeaderSize = 16

var hostAllocs *hostAlloc

//export malloc
func libcMalloc(size uintptr) unsafe.Pointer {
	runtimeInit()
	h := (*hostAlloc)(alloc(hostHeaderSize + size))
	h.magic = hostAllocMagic
	h.size = size
	h.next = hostAllocs
	if hostAllocs != nil {
		hostAllocs.prev = h
	}
	hostAllocs = h
	return unsafe.Add(unsafe.Pointer(h), hostHeaderSize)
}

// hostHeader returns the header of a pointer malloc returned, or panics.
func hostHeader(ptr unsafe.Pointer) *hostAlloc {
	p := uintptr(ptr) - hostHeaderSize
	if heapStart == 0 || uintptr(ptr) < heapStart+hostHeaderSize || p >= metaStart ||
		(p-heapStart)%gcBlockSize != 0 || blockState((p-heapStart)/gcBlockSize) != blockHead {
		badFree(ptr)
	}
	h := (*hostAlloc)(unsafe.Pointer(p))
	if h.magic != hostAllocMagic {
		badFree(ptr)
	}
	return h
}

func badFree(ptr unsafe.Pointer) {
	printflush()
	printstring("panic: free: pointer ")
	printpointer(ptr)
	printstring(" was not returned by malloc or is already freed")
	printpanicSuffix()
}

//export free
func libcFree(ptr unsafe.Pointer) {
	if ptr == nil {
		return
	}
	h := hostHeader(ptr)
	if h.prev != nil {
		h.prev.next = h.next
	} else {
		hostAllocs = h.next
	}
	if h.next != nil {
		h.next.prev = h.prev
	}
	h.magic = 0
	h.next = nil
	h.prev = nil
	freeObject((uintptr(unsafe.Pointer(h)) - heapStart) / gcBlockSize)
}

//export calloc
func libcCalloc(nmemb, size uintptr) unsafe.Pointer {
	if nmemb != 0 && (nmemb*size)/nmemb != size {
		return nil
	}
	return libcMalloc(nmemb * size) // malloc returns zeroed memory
}

//export realloc
func libcRealloc(ptr unsafe.Pointer, size uintptr) unsafe.Pointer {
	if ptr == nil {
		return libcMalloc(size)
	}
	h := hostHeader(ptr)
	if size == 0 {
		libcFree(ptr)
		return nil
	}
	if size <= h.size {
		h.size = size
		return ptr
	}
	p := libcMalloc(size)
	memcpy(p, ptr, h.size)
	libcFree(ptr)
	return p
}
