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
// and after it a pointer bitmap, 1 bit per 4-byte word, set where the
// object's type may hold a pointer (allocTyped; alloc sets every word,
// allocNoscan none). The collector reads only those words: a length, a
// number or text that looks like a heap address is not followed (a slice
// header's length would otherwise keep an unrelated buffer alive), and a
// big byte buffer is not read at all.
//
// An allocation takes the first run of free blocks at or after the last
// allocation (next fit). When none is large enough, the pacer decides, as
// Go's GOGC does: while the bytes in use stay below the goal (the live bytes
// of the last collection times 1+GOGC/100, at least 4 MiB times GOGC/100)
// linear memory grows (memory.grow, the state table moves to the new end);
// at the goal the collector runs: it marks everything reachable from the
// roots, frees every unmarked object and sets the next goal. GOGC=off (or
// debug.SetGCPercent(-1)) never collects; debug.SetMemoryLimit caps the goal.
// When memory cannot grow and a collection leaves under an eighth of the
// heap free, the program stops with Go's "fatal error: out of memory"
// rather than collecting again at every allocation.
//
// Roots are scanned conservatively, one aligned 32-bit word at a time; any
// word that points into an object (interior pointers included) keeps the
// whole object alive:
//   - [__global_base, __data_end): data and bss (globals, including the
//     list of host allocations made with malloc);
//   - the GC frames on runtime.stackChainStart, where compiled code spills
//     pointers that live in wasm locals across calls and keeps local
//     variables whose address is taken (backend/gcroots.py). The rest of
//     the linear-memory stack is not scanned: the padding of live frames
//     holds stale pointers of dead calls, which would retain garbage.
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
	walkCacheSize = 8
)

// gcState holds the collector's own variables. Several are addresses or
// block numbers that look like heap pointers, so the root scan skips this
// global (a pointer to the first block in gc.heapStart would otherwise keep
// that object alive forever).
type gcState struct {
	heapStart uintptr // the first block
	metaStart uintptr // the state table; also the end of the blocks
	ptrBits   uintptr // the pointer bitmap, after the state table
	heapEnd   uintptr // the end of linear memory
	numBlocks uintptr // a multiple of gcBlocksPerMeta
	nextAlloc uintptr // where the next-fit search starts
	heapFree  uintptr // free blocks
	nextGC    uintptr // bytes in use at which the next collection runs
	lastLive  uintptr // bytes in use after the last collection
	paced      bool // GOGC has been read from the environment
	readingEnv bool // GOGC is being read (its allocations must not set a goal)
	gcCount   uintptr // collections so far
	mallocs   uint64  // objects allocated so far
	frees     uint64  // objects freed so far
	total     uint64  // bytes allocated so far

	markStack    [markStackSize]uintptr // block numbers of marked, unscanned objects
	markTop      int
	markOverflow bool // some marked objects may not have been scanned
	walkHeads    [walkCacheSize]uintptr // big marked objects markWord found from interior
	walkEnds     [walkCacheSize]uintptr // pointers: [head, end) blocks (empty between collections)
	walkNext     int
}

var gc gcState

//tinypy:nopanic
func heapInit() {
	if gc.heapStart != 0 {
		return
	}
	gc.heapStart = (uintptr(unsafe.Pointer(&heapBase)) + gcBlockSize - 1) &^ (gcBlockSize - 1)
	gc.metaStart = gc.heapStart
	gc.numBlocks = 0
	setHeapEnd(wasmMemorySize() * wasmPageSize)
}

// setHeapEnd lays the heap out up to end, keeping the states of the blocks
// of the previous (smaller) layout.
func setHeapEnd(end uintptr) {
	total := end - gc.heapStart
	// per 4 blocks: 32 bytes, a state-table byte and a pointer-bitmap byte
	n := total / (gcBlockSize*gcBlocksPerMeta + 2) * gcBlocksPerMeta
	newMeta := gc.heapStart + n*gcBlockSize
	newBits := newMeta + n/gcBlocksPerMeta
	oldBytes := gc.numBlocks / gcBlocksPerMeta
	if oldBytes > 0 {
		// both tables move up; the bitmap first, as the state table's new
		// place may cover its old one
		memmove(unsafe.Pointer(newBits), unsafe.Pointer(gc.ptrBits), oldBytes)
		memmove(unsafe.Pointer(newMeta), unsafe.Pointer(gc.metaStart), oldBytes)
	}
	memzero(unsafe.Pointer(newMeta+oldBytes), n/gcBlocksPerMeta-oldBytes)
	memzero(unsafe.Pointer(newBits+oldBytes), n/gcBlocksPerMeta-oldBytes)
	gc.heapFree += n - gc.numBlocks
	gc.numBlocks = n
	gc.metaStart = newMeta
	gc.ptrBits = newBits
	gc.heapEnd = end
}

// growHeap adds room for a run of at least minBlocks blocks (the free
// blocks at the end of the heap count): up to goal bytes of objects when
// goal is not zero and beyond the heap, else at least an eighth of the heap
// (so that memory.grow stays rare); false when memory cannot grow.
func growHeap(minBlocks uintptr, goal uintptr) bool {
	if minBlocks > 1 {
		if t := trailingFree(); t < minBlocks {
			minBlocks -= t
		} else {
			minBlocks = 1
		}
	}
	need := minBlocks*gcBlockSize + 2*minBlocks/gcBlocksPerMeta + 2*wasmPageSize
	size := gc.heapEnd - gc.heapStart
	want := size / 8
	if goal != 0 && goal < 1<<31 {
		if goal <= size {
			if minBlocks == 0 {
				return true // the goal fits already
			}
		} else {
			want = goal - size + 2*goal/(gcBlockSize*gcBlocksPerMeta) // up to the goal, no further
		}
	}
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

// trailingFree is the number of free blocks at the end of the heap.
func trailingFree() uintptr {
	b := gc.numBlocks
	for b >= gcBlocksPerMeta && *(*uint8)(unsafe.Pointer(gc.metaStart + (b-1)/gcBlocksPerMeta)) == 0 {
		b -= gcBlocksPerMeta
	}
	for b > 0 && blockState(b-1) == blockFree {
		b--
	}
	return gc.numBlocks - b
}

func blockState(b uintptr) uintptr {
	m := *(*uint8)(unsafe.Pointer(gc.metaStart + b/gcBlocksPerMeta))
	return uintptr(m>>((b%gcBlocksPerMeta)*2)) & 3
}

func setBlockState(b uintptr, s uintptr) {
	p := (*uint8)(unsafe.Pointer(gc.metaStart + b/gcBlocksPerMeta))
	shift := (b % gcBlocksPerMeta) * 2
	*p = *p&^uint8(3<<shift) | uint8(s<<shift)
}

// alloc returns size zeroed bytes, aligned to 8; any word may hold a pointer.
//tinypy:nopanic
//tinypy:collects
//tinypy:allocator
func alloc(size uintptr) unsafe.Pointer {
	return allocTyped(size, 0, ptrsAll)
}

// allocNoscan is alloc for an object that never holds heap pointers: the
// collector does not scan it.
//tinypy:nopanic
//tinypy:collects
//tinypy:allocator
func allocNoscan(size uintptr) unsafe.Pointer {
	return allocTyped(size, 0, 0)
}

// allocTyped is alloc for an array of elements of elemSize bytes (a
// multiple of 4, at most 128) whose words that may hold pointers are the
// bits of ptrs; ptrs 0: no pointers, ptrsAll: any word.
//tinypy:nopanic
//tinypy:collects
//tinypy:allocator
func allocTyped(size uintptr, elemSize uintptr, ptrs uint32) unsafe.Pointer {
	if gc.heapStart == 0 {
		heapInit()
	}
	if size == 0 {
		return unsafe.Pointer(&zeroSizedAlloc)
	}
	if size >= 1<<31 {
		outOfMemory()
	}
	n := (size + gcBlockSize - 1) / gcBlockSize
	b := gc.nextAlloc
	meta := gc.metaStart
	fast := n <= 32 && b+n <= gc.numBlocks
	for i := b; fast && i < b+n; i++ {
		fast = *(*uint8)(unsafe.Pointer(meta + i/gcBlocksPerMeta))>>((i%gcBlocksPerMeta)*2)&3 == blockFree
	}
	if fast {
		// fast path: small objects fill a free run in order; the blocks'
		// states and pointer bits are set in place (hot: -opt=z inlines
		// no helper)
		all := ptrs == ptrsAll || elemSize == 0 && ptrs != 0
		ew := elemSize / 4
		whole := uintptr(0) // words of the whole elements
		if !all && ptrs != 0 {
			whole = size / elemSize * ew
		}
		for i := b; i < b+n; i++ {
			shift := (i % gcBlocksPerMeta) * 2
			st := uint8(blockTail)
			if i == b {
				st = blockHead
			}
			m := (*uint8)(unsafe.Pointer(meta + i/gcBlocksPerMeta))
			*m |= st << shift
			v := uint8(0)
			if all {
				v = 3
			} else if ptrs != 0 {
				k := (i - b) * 2 // the block's first word in the object
				if k < whole {
					v = uint8(ptrs>>(k%ew)) & 1
				}
				if k+1 < whole {
					v |= (uint8(ptrs>>((k+1)%ew)) & 1) << 1
				}
			}
			pb := (*uint8)(unsafe.Pointer(gc.ptrBits + i/gcBlocksPerMeta))
			*pb = *pb&^(3<<shift) | v<<shift
		}
	} else {
		b = findFree(n)
		if b == noBlock {
			b = allocSlow(n)
		}
		setBlockState(b, blockHead)
		for i := b + 1; i < b+n; i++ {
			setBlockState(i, blockTail)
		}
		if ptrs == ptrsAll || elemSize == 0 && ptrs != 0 {
			fillPtrBits(b, n, 0xff)
		} else {
			fillPtrBits(b, n, 0)
			if ptrs != 0 {
				setPtrLayout(b, size, elemSize, ptrs)
			}
		}
	}
	gc.nextAlloc = b + n
	gc.heapFree -= n
	gc.mallocs++
	gc.total += uint64(size)
	p := unsafe.Pointer(gc.heapStart + b*gcBlockSize)
	memzero(p, n*gcBlockSize)
	return p
}

// fillPtrBits sets the pointer bits of blocks [b, b+n) to v (0 or 0xff).
func fillPtrBits(b uintptr, n uintptr, v uint8) {
	for n > 0 && b%gcBlocksPerMeta != 0 {
		setPtrBits2(b, v)
		b++
		n--
	}
	if n >= gcBlocksPerMeta {
		p := gc.ptrBits + b/gcBlocksPerMeta
		k := n / gcBlocksPerMeta
		if v == 0 {
			memzero(unsafe.Pointer(p), k)
		} else {
			for i := uintptr(0); i < k; i++ {
				*(*uint8)(unsafe.Pointer(p + i)) = v
			}
		}
		b += k * gcBlocksPerMeta
		n -= k * gcBlocksPerMeta
	}
	for n > 0 {
		setPtrBits2(b, v)
		b++
		n--
	}
}

// setPtrBits2 sets the two pointer bits of block b to those of v.
func setPtrBits2(b uintptr, v uint8) {
	p := (*uint8)(unsafe.Pointer(gc.ptrBits + b/gcBlocksPerMeta))
	shift := (b % gcBlocksPerMeta) * 2
	*p = *p&^uint8(3<<shift) | (v&3)<<shift
}

// setPtrLayout sets the pointer bits of the elements of the object at
// block b (whose bits are clear) from an element's bitmap ptrs.
func setPtrLayout(b uintptr, size uintptr, elemSize uintptr, ptrs uint32) {
	first := b * (gcBlockSize / 4) // the object's first word
	for off := uintptr(0); off+elemSize <= size; off += elemSize {
		w := first + off/4
		for m := ptrs; m != 0; m >>= 1 {
			if m&1 != 0 {
				p := (*uint8)(unsafe.Pointer(gc.ptrBits + w/8))
				*p |= 1 << (w % 8)
			}
			w++
		}
	}
}

// heapMinimum is the smallest goal at GOGC=100 (Go's is 4 MiB too).
const heapMinimum = 4 << 20

// allocSlow finds n free blocks when the next-fit fast path found none:
// grow while below the goal, collect at it (see the comment at the top).
func allocSlow(n uintptr) uintptr {
	if !gc.paced {
		if gc.readingEnv {
			// readGOGC's own allocations: no goal yet, grow just enough
			if !growHeap(n, 0) {
				outOfMemory()
			}
			return findFree(n)
		}
		gc.readingEnv = true
		readGOGC()
		gc.readingEnv = false
		gc.paced = true
	}
	setGoal(gc.lastLive) // debug.SetGCPercent may have changed since
	inUse := (gc.numBlocks - gc.heapFree) * gcBlockSize
	if gcPercent < 0 || inUse+n*gcBlockSize <= gc.nextGC && gc.numBlocks*gcBlockSize < gc.nextGC {
		// below the goal and the heap is smaller than it: grow (a heap as
		// large as the goal that has no room is fragmented: collect)
		if growHeap(n, gc.nextGC) {
			if b := findFree(n); b != noBlock {
				return b
			}
		}
	}
	collect()
	growHeap(0, gc.nextGC) // room up to the new goal, when memory allows
	b := findFree(n)
	for b == noBlock {
		if !growHeap(n, 0) {
			outOfMemory()
		}
		b = findFree(n)
	}
	if gc.heapFree < gc.numBlocks/16 && !growHeap(0, 0) {
		outOfMemory() // memory is exhausted: collections would run back to back
	}
	return b
}

// setGoal sets the bytes in use at which the next collection runs, from
// the live bytes after a collection.
func setGoal(live uintptr) {
	if gcPercent < 0 {
		gc.nextGC = ^uintptr(0)
		return
	}
	goal := uint64(live) + uint64(live)*uint64(gcPercent)/100
	min := uint64(heapMinimum) * uint64(gcPercent) / 100
	if goal < min {
		goal = min
	}
	if memoryLimit > 0 && uint64(memoryLimit) < goal {
		goal = uint64(memoryLimit)
	}
	if goal > 1<<32-1 {
		goal = 1<<32 - 1
	}
	gc.nextGC = uintptr(goal)
}

// readGOGC takes GOGC from the environment as Go's runtime does at start.
// Under -panic=trap the runtime makes no WASI calls of its own, so GOGC
// is not read there (debug.SetGCPercent still works).
func readGOGC() {
	if panicTrap {
		return
	}
	v := getenv("GOGC")
	if v == "off" {
		gcPercent = -1
		return
	}
	if v == "" {
		return
	}
	p := int32(0)
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' || p > 1<<24 {
			return // Go ignores a malformed GOGC
		}
		p = p*10 + int32(v[i]-'0')
	}
	gcPercent = p
}

// findFree returns the first block of a run of n free blocks, searching
// from gc.nextAlloc and then from the start; noBlock when there is none.
func findFree(n uintptr) uintptr {
	if n > gc.heapFree {
		return noBlock
	}
	b := findFreeIn(gc.nextAlloc, gc.numBlocks, n)
	if b == noBlock && gc.nextAlloc != 0 {
		b = findFreeIn(0, gc.numBlocks, n)
	}
	return b
}

func findFreeIn(from uintptr, to uintptr, n uintptr) uintptr {
	run := uintptr(0)
	b := from
	for b < to {
		if b%gcBlocksPerMeta == 0 && b+gcBlocksPerMeta <= to {
			m := *(*uint8)(unsafe.Pointer(gc.metaStart + b/gcBlocksPerMeta))
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

// GC runs a full collection, then the finalizers and cleanups of what it
// found unreachable (finalizer.go).
//tinypy:collects
func GC() {
	if gc.heapStart == 0 {
		heapInit()
	}
	collect()
	runFinalizers()
}

//tinypy:collects
//tinypy:sched collectSched
func collect() {
	gc.gcCount++
	// Data and bss: globals, including the list of host allocations; not
	// the collector's own state.
	state := uintptr(unsafe.Pointer(&gc))
	markRange(uintptr(unsafe.Pointer(&dataStart)), state)
	markRange(state+unsafe.Sizeof(gc), uintptr(unsafe.Pointer(&dataEnd)))
	// The GC frames: every pointer compiled code holds across a call that
	// may collect. The rest of the stack is not scanned: its dead padding
	// holds stale pointers that would keep garbage alive.
	f := uintptr(stackChainStart)
	for f != 0 {
		size := *(*uintptr)(unsafe.Pointer(f + 4))
		markRange(f+8, f+size)
		f = *(*uintptr)(unsafe.Pointer(f))
	}
	for gc.markOverflow {
		gc.markOverflow = false
		for b := uintptr(0); b < gc.numBlocks; b++ {
			if blockState(b) == blockMark {
				scanObject(b)
				drainMarkStack()
			}
		}
	}
	if finalizersPending() {
		finSweep()
	}
	if len(weakHandles) > 0 {
		weakSweep(marked, markFrom)
	}
	sweep()
	gc.walkEnds = [walkCacheSize]uintptr{}
	gc.lastLive = (gc.numBlocks - gc.heapFree) * gcBlockSize
	setGoal(gc.lastLive)
}

// marked reports whether the collection in progress keeps the object p
// points into (true for addresses outside the heap).
func marked(p uintptr) bool {
	if p < gc.heapStart || p >= gc.metaStart {
		return true
	}
	b := (p - gc.heapStart) / gcBlockSize
	for blockState(b) == blockTail {
		b--
	}
	return blockState(b) == blockMark
}

// markFrom marks the object p points into and everything reachable from it.
func markFrom(p uintptr) {
	if markWord(p) {
		drainMarkStack()
	}
	for gc.markOverflow {
		gc.markOverflow = false
		for b := uintptr(0); b < gc.numBlocks; b++ {
			if blockState(b) == blockMark {
				scanObject(b)
				drainMarkStack()
			}
		}
	}
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
// marked (and pushed on the mark stack). Hot: block states are read inline
// (-opt=z does not inline blockState).
func markWord(w uintptr) bool {
	if w < gc.heapStart || w >= gc.metaStart {
		return false
	}
	meta := gc.metaStart
	b := (w - gc.heapStart) / gcBlockSize
	m := (*uint8)(unsafe.Pointer(meta + b/gcBlocksPerMeta))
	shift := (b % gcBlocksPerMeta) * 2
	s := uintptr(*m>>shift) & 3
	if s == blockTail {
		// An interior pointer: walk back to the head. Big objects found
		// this way are remembered: the many pointers into one (the
		// substrings of a long text) would each walk it all.
		for i := 0; i < walkCacheSize; i++ {
			if b < gc.walkEnds[i] && b >= gc.walkHeads[i] {
				return false // that object, marked when it was found
			}
		}
		from := b
		for s == blockTail {
			b--
			if b%gcBlocksPerMeta == gcBlocksPerMeta-1 && *(*uint8)(unsafe.Pointer(meta + b/gcBlocksPerMeta)) == 0xaa {
				b -= gcBlocksPerMeta - 1 // four tails
			}
			m = (*uint8)(unsafe.Pointer(meta + b/gcBlocksPerMeta))
			shift = (b % gcBlocksPerMeta) * 2
			s = uintptr(*m>>shift) & 3
		}
		if from-b >= 64 && s != blockFree {
			e := from + 1
			for e < gc.numBlocks {
				if e%gcBlocksPerMeta == 0 && e+gcBlocksPerMeta <= gc.numBlocks &&
					*(*uint8)(unsafe.Pointer(meta + e/gcBlocksPerMeta)) == 0xaa {
					e += gcBlocksPerMeta
					continue
				}
				if uintptr(*(*uint8)(unsafe.Pointer(meta + e/gcBlocksPerMeta))>>((e%gcBlocksPerMeta)*2))&3 != blockTail {
					break
				}
				e++
			}
			gc.walkHeads[gc.walkNext] = b
			gc.walkEnds[gc.walkNext] = e
			gc.walkNext = (gc.walkNext + 1) % walkCacheSize
		}
	}
	if s != blockHead {
		return false // free, or already marked
	}
	*m |= uint8(blockMark << shift) // head (01) -> mark (11)
	if gc.markTop < markStackSize {
		gc.markStack[gc.markTop] = b
		gc.markTop++
	} else {
		gc.markOverflow = true // found again by the rescan in collect
	}
	return true
}

func drainMarkStack() {
	for gc.markTop > 0 {
		gc.markTop--
		scanObject(gc.markStack[gc.markTop])
	}
}

// scanObject marks what the object whose head is block b points to.
func scanObject(b uintptr) {
	meta := gc.metaStart
	end := b + 1
	for end < gc.numBlocks && uintptr(*(*uint8)(unsafe.Pointer(meta + end/gcBlocksPerMeta))>>((end%gcBlocksPerMeta)*2))&3 == blockTail {
		end++
	}
	start := gc.heapStart
	bits := gc.ptrBits
	p := start + b*gcBlockSize
	last := start + end*gcBlockSize
	k := b * (gcBlockSize / 4) // word number of p, its bit in the pointer bitmap
	for p < last {
		m := *(*uint8)(unsafe.Pointer(bits + k/8))
		if m == 0 && k%8 == 0 {
			p += 32 // eight words without pointers
			k += 8
			continue
		}
		if m>>(k%8)&1 != 0 {
			w := *(*uintptr)(unsafe.Pointer(p))
			if w >= start && w < meta {
				markWord(w)
			}
		}
		p += 4
		k++
	}
}

// sweep frees every unmarked object and unmarks the others, one state
// table byte (four blocks) at a time.
func sweep() {
	free := uintptr(0)
	freeing := false
	nbytes := gc.numBlocks / gcBlocksPerMeta
	for i := uintptr(0); i < nbytes; i++ {
		mp := (*uint8)(unsafe.Pointer(gc.metaStart + i))
		m := *mp
		if m == 0 {
			free += gcBlocksPerMeta
			freeing = false
			continue
		}
		out := uint8(0)
		for k := uint8(0); k < 8; k += 2 {
			switch (m >> k) & 3 {
			case blockHead:
				freeing = true
				free++
				gc.frees++
			case blockTail:
				if freeing {
					free++
				} else {
					out |= blockTail << k
				}
			case blockMark:
				out |= blockHead << k
				freeing = false
			default:
				freeing = false
				free++
			}
		}
		*mp = out
	}
	gc.heapFree = free
	gc.nextAlloc = 0
}

// freeObject frees the object whose head is block b at once (free).
func freeObject(b uintptr) {
	setBlockState(b, blockFree)
	n := uintptr(1)
	for i := b + 1; i < gc.numBlocks && blockState(i) == blockTail; i++ {
		setBlockState(i, blockFree)
		n++
	}
	gc.heapFree += n
}

func readMemStats(m *MemStats) {
	if gc.heapStart == 0 {
		heapInit()
	}
	m.Mallocs = gc.mallocs
	m.Frees = gc.frees
	m.TotalAlloc = gc.total
	m.Alloc = uint64((gc.numBlocks - gc.heapFree) * gcBlockSize)
	m.HeapInuse = m.Alloc
	m.HeapIdle = uint64(gc.heapFree * gcBlockSize)
	m.HeapSys = uint64(gc.heapEnd - gc.heapStart)
	m.NumGC = uint32(gc.gcCount)
}

func outOfMemory() {
	trapOnPanic()
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
//tinypy:collects
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
	if gc.heapStart == 0 || uintptr(ptr) < gc.heapStart+hostHeaderSize || p >= gc.metaStart ||
		(p-gc.heapStart)%gcBlockSize != 0 || blockState((p-gc.heapStart)/gcBlockSize) != blockHead {
		badFree(ptr)
	}
	h := (*hostAlloc)(unsafe.Pointer(p))
	if h.magic != hostAllocMagic {
		badFree(ptr)
	}
	return h
}

func badFree(ptr unsafe.Pointer) {
	trapOnPanic()
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
	freeObject((uintptr(unsafe.Pointer(h)) - gc.heapStart) / gcBlockSize)
	gc.frees++
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
