package runtime

import "unsafe"

// Slices: make, append growth, copy and the bounds-check panics of slice
// expressions. The compiler lowers len/cap/index/slicing inline and calls
// these only for allocation and failures.
//
// Growth reproduces Go 1.23's growslice exactly, including the rounding of
// the new capacity up to a malloc size class, so that cap() after append is
// the same as under the gc toolchain with GOARCH=386 (a 32-bit target, as
// wasm32 is here).

// classToSize is Go 1.23's runtime/sizeclasses.go class_to_size table.
var classToSize = [...]uint16{0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224,
	240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536,
	1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
	10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768}

const (
	maxSmallSize     = 32768
	pageSize         = 8192
	mallocHeaderSize = 8
	// minSizeForMallocHeader is goarch.PtrSize * ptrBits: 4 * 32 on a 32-bit target.
	minSizeForMallocHeader = 128
	// maxAlloc bounds a single allocation; larger requests panic like gc's do.
	maxAlloc = 1<<31 - 1
)

// zerobase is the address of every zero-sized allocation.
var zerobase uintptr

// roundupsize is the size of the block gc's mallocgc hands out for a
// request of size bytes (noscan: the memory holds no pointers).
func roundupsize(size uintptr, noscan bool) uintptr {
	if size == 0 {
		return 0
	}
	reqSize := size
	if reqSize <= maxSmallSize-mallocHeaderSize {
		if !noscan && reqSize > minSizeForMallocHeader {
			reqSize += mallocHeaderSize
		}
		if reqSize <= 1024 {
			// The classes up to 1 KiB follow a pattern: 8, 16, 24, 32, then
			// steps of 16 to 256, of 32 to 512, of 64 to 768, then 896, 1024.
			var c uintptr
			switch {
			case reqSize <= 32:
				c = (reqSize + 7) &^ 7
			case reqSize <= 256:
				c = (reqSize + 15) &^ 15
			case reqSize <= 512:
				c = (reqSize + 31) &^ 31
			case reqSize <= 768:
				c = (reqSize + 63) &^ 63
			case reqSize <= 896:
				c = 896
			default:
				c = 1024
			}
			return c - (reqSize - size)
		}
		// The smallest size class that holds reqSize (what gc's
		// size_to_class8/size_to_class128 tables encode).
		lo, hi := 1, len(classToSize)-1
		for lo < hi {
			mid := (lo + hi) / 2
			if uintptr(classToSize[mid]) >= reqSize {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		return uintptr(classToSize[lo]) - (reqSize - size)
	}
	reqSize += pageSize - 1
	if reqSize < size {
		return size
	}
	return reqSize &^ (pageSize - 1)
}

// nextslicecap is the capacity before size-class rounding (Go 1.23).
func nextslicecap(newLen, oldCap int) int {
	newcap := oldCap
	doublecap := newcap + newcap
	if newLen > doublecap {
		return newLen
	}
	const threshold = 256
	if oldCap < threshold {
		return doublecap
	}
	for {
		newcap += (newcap + 3*threshold) >> 2
		if uint(newcap) >= uint(newLen) {
			break
		}
	}
	if newcap <= 0 {
		return newLen
	}
	return newcap
}

// growslice allocates the backing array for an append that needs newLen
// elements (num of them new) and copies the old ones over; it returns the
// new array and its capacity. ptrs: the element's pointer words (allocTyped).
func growslice(oldPtr unsafe.Pointer, newLen, oldCap, num int, elemSize uintptr, ptrs uint32) (unsafe.Pointer, int) {
	oldLen := newLen - num
	if newLen < 0 {
		runtimePanicText("growslice: len out of range")
		return oldPtr, oldCap
	}
	if elemSize == 0 {
		return unsafe.Pointer(&zerobase), newLen
	}
	newcap := nextslicecap(newLen, oldCap)
	if uintptr(newcap) > maxAlloc/elemSize {
		runtimePanicText("growslice: len out of range")
		return oldPtr, oldCap
	}
	capmem := roundupsize(uintptr(newcap)*elemSize, ptrs == 0)
	newcap = int(capmem / elemSize)
	capmem = uintptr(newcap) * elemSize
	p := allocTyped(capmem, elemSize, ptrs)
	memmove(p, oldPtr, uintptr(oldLen)*elemSize)
	return p, newcap
}

// makeslice allocates the zeroed backing array of make([]T, len, cap);
// ptrs: T's pointer words (allocTyped).
func makeslice(elemSize uintptr, len, cap int, ptrs uint32) unsafe.Pointer {
	if len < 0 || elemSize != 0 && uintptr(len) > maxAlloc/elemSize {
		runtimePanicText("makeslice: len out of range")
		return nil
	}
	if cap < len || elemSize != 0 && uintptr(cap) > maxAlloc/elemSize {
		runtimePanicText("makeslice: cap out of range")
		return nil
	}
	if elemSize == 0 || cap == 0 {
		return unsafe.Pointer(&zerobase)
	}
	return allocTyped(uintptr(cap)*elemSize, elemSize, ptrs)
}

// Codes of the bounds failures, as in Go's runtime/error.go.
const (
	boundsIndex      = 0 // s[x]: 0 <= x < y failed
	boundsSliceAlen  = 1 // s[?:x]: 0 <= x <= y failed (y is len(s))
	boundsSliceAcap  = 2 // s[?:x]: 0 <= x <= y failed (y is cap(s))
	boundsSliceB     = 3 // s[x:y]: 0 <= x <= y failed
	boundsSlice3Alen = 4 // s[?:?:x]: 0 <= x <= y failed (y is len(s))
	boundsSlice3Acap = 5 // s[?:?:x]: 0 <= x <= y failed (y is cap(s))
	boundsSlice3B    = 6 // s[?:x:y]: 0 <= x <= y failed
	boundsSlice3C    = 7 // s[x:y:?]: 0 <= x <= y failed
	boundsConvert    = 8 // (*[x]T)(s), [x]T(s): 0 <= x <= y failed (y is len(s))
)

// panicBounds prints Go's boundsError text for code with operands x and y;
// signed tells whether x came from a signed integer.
func panicBounds(code int, x int64, signed bool, y int) {
	panicTextBegin()
	printstring("runtime error: ")
	neg := signed && x < 0
	switch code {
	case boundsIndex:
		printstring("index out of range [")
		printBoundsX(x, signed)
		if !neg {
			printstring("] with length ")
			printint(int64(y))
			panicTextEnd()
			return
		}
		printstring("]")
	case boundsSliceAlen, boundsSliceAcap, boundsSlice3Alen, boundsSlice3Acap:
		if code >= boundsSlice3Alen {
			printstring("slice bounds out of range [::")
		} else {
			printstring("slice bounds out of range [:")
		}
		printBoundsX(x, signed)
		if !neg {
			if code == boundsSliceAlen || code == boundsSlice3Alen {
				printstring("] with length ")
			} else {
				printstring("] with capacity ")
			}
			printint(int64(y))
			panicTextEnd()
			return
		}
		printstring("]")
	case boundsSliceB, boundsSlice3C:
		printstring("slice bounds out of range [")
		printBoundsX(x, signed)
		if neg {
			if code == boundsSliceB {
				printstring(":]")
			} else {
				printstring("::]")
			}
		} else {
			printstring(":")
			printint(int64(y))
			if code == boundsSliceB {
				printstring("]")
			} else {
				printstring(":]")
			}
		}
	case boundsSlice3B:
		printstring("slice bounds out of range [:")
		printBoundsX(x, signed)
		if neg {
			printstring(":]")
		} else {
			printstring(":")
			printint(int64(y))
			printstring("]")
		}
	case boundsConvert:
		printstring("cannot convert slice with length ")
		printint(int64(y))
		printstring(" to array or pointer to array with length ")
		printBoundsX(x, signed)
	}
	panicTextEnd()
}

func printBoundsX(x int64, signed bool) {
	if signed {
		printint(x)
	} else {
		printuint(uint64(x))
	}
}

// memmove copies size bytes between possibly overlapping areas; the
// compiler lowers it to LLVM's memmove intrinsic.
//tinypy:intrinsic plain
func memmove(dst, src unsafe.Pointer, size uintptr)

func panicUnsafeSliceLen() {
	runtimePanicText("unsafe.Slice: len out of range")
}

func panicUnsafeSliceNil() {
	runtimePanicText("unsafe.Slice: ptr is nil and len is not zero")
}

func panicUnsafeStringLen() {
	runtimePanicText("unsafe.String: len out of range")
}

func panicUnsafeStringNil() {
	runtimePanicText("unsafe.String: ptr is nil and len is not zero")
}
