package runtime

import (
	"internal/abi"
	"unsafe"
)

// Maps: a compact, insertion-ordered hash table.
//
// Entries live in one array, appended in insertion order; each entry is
//
//	[hash uintptr][key][value]
//
// at offsets the compiler computes (mapType). A separate open-addressing
// index (linear probing, power-of-two size, at most half full) holds entry
// numbers + 1 (0 = empty slot). Deleting an entry sets its hash word to 0
// (hashes are never 0: a 0 hash is stored as 1) and leaves its index slot
// in place as a tombstone; growth allocates fresh arrays, compacts the live
// entries and rebuilds the index.
//
// Iteration walks the entry array. An iterator remembers the array it
// started on: while the map still uses that array, deleted entries are
// skipped by their hash word and entries appended meanwhile may be
// produced (Go allows either). Once the map has grown away from it, the
// iterator keeps walking its old array (never freed while referenced) and
// looks each key up in the current table, so an entry deleted since is
// skipped, an updated value is seen, and nothing is produced twice.
// clear(m) bumps clearSeq, which ends every iteration in progress.
//
// The compiler passes a *mapType per map type (a constant global): layout
// plus hash and equality functions generated for the key type.

type mapType struct {
	keySize   uintptr
	valSize   uintptr
	keyOffset uintptr
	valOffset uintptr
	entrySize uintptr
	hash      func(key unsafe.Pointer, seed uintptr) uintptr
	equal     func(a, b unsafe.Pointer) bool
}

type hmap struct {
	count    int // live entries; the first field, so len(m) is one load
	used     int // entry slots used, live or deleted
	capacity int // entry slots allocated
	entries  unsafe.Pointer
	index    unsafe.Pointer // (mask+1) uint32 slots
	mask     uintptr
	seed     uintptr
	clearSeq int
}

// hiter is a range loop's iterator state (allocated by the compiler).
type hiter struct {
	m        *hmap
	entries  unsafe.Pointer
	limit    int
	pos      int
	clearSeq int
}

var mapSeed uintptr = 0x2545F491

func makemap(t *mapType, hint int) *hmap {
	m := (*hmap)(alloc(unsafe.Sizeof(hmap{})))
	mapSeed = mapSeed*0x9E3779B1 + 0x7F4A7C15
	m.seed = mapSeed
	if hint > 0 {
		mapResize(t, m, hint)
	}
	return m
}

// mapResize moves the live entries into fresh arrays with room for
// capacity entries.
func mapResize(t *mapType, m *hmap, capacity int) {
	if capacity < 8 {
		capacity = 8
	}
	if uintptr(capacity) > maxAlloc/t.entrySize/4 {
		runtimePanicText("makemap: size out of range")
		return
	}
	size := uintptr(8)
	for size < uintptr(capacity)*2 {
		size *= 2
	}
	entries := alloc(uintptr(capacity) * t.entrySize)
	index := alloc(size * 4)
	mask := size - 1
	n := 0
	for i := 0; i < m.used; i++ {
		e := unsafe.Add(m.entries, uintptr(i)*t.entrySize)
		h := *(*uintptr)(e)
		if h == 0 {
			continue
		}
		memcpy(unsafe.Add(entries, uintptr(n)*t.entrySize), e, t.entrySize)
		n++
		slot := h & mask
		for *(*uint32)(unsafe.Add(index, slot*4)) != 0 {
			slot = (slot + 1) & mask
		}
		*(*uint32)(unsafe.Add(index, slot*4)) = uint32(n)
	}
	m.entries = entries
	m.index = index
	m.mask = mask
	m.capacity = capacity
	m.used = n
	m.count = n
}

func mapHash(t *mapType, m *hmap, key unsafe.Pointer) uintptr {
	hash := t.hash
	h := hash(key, m.seed)
	if h == 0 {
		h = 1
	}
	return h
}

// mapFind returns the live entry holding key (whose hash is h), or nil.
func mapFind(t *mapType, m *hmap, key unsafe.Pointer, h uintptr) unsafe.Pointer {
	if m.capacity == 0 {
		return nil
	}
	equal := t.equal
	slot := h & m.mask
	for {
		n := *(*uint32)(unsafe.Add(m.index, slot*4))
		if n == 0 {
			return nil
		}
		e := unsafe.Add(m.entries, uintptr(n-1)*t.entrySize)
		if *(*uintptr)(e) == h && equal(unsafe.Add(e, t.keyOffset), key) {
			return e
		}
		slot = (slot + 1) & m.mask
	}
}

// mapaccess returns a pointer to m[key]'s value, or nil if key is absent.
func mapaccess(t *mapType, m *hmap, key unsafe.Pointer) unsafe.Pointer {
	if m == nil || m.count == 0 {
		return nil
	}
	e := mapFind(t, m, key, mapHash(t, m, key))
	if e == nil {
		return nil
	}
	return unsafe.Add(e, t.valOffset)
}

// mapassign returns a pointer to the value slot for key, adding a zeroed
// entry if key is absent.
func mapassign(t *mapType, m *hmap, key unsafe.Pointer) unsafe.Pointer {
	if m == nil {
		panicTextBegin()
		printstring("assignment to entry in nil map")
		panicTextEnd()
		return nil
	}
	h := mapHash(t, m, key)
	e := mapFind(t, m, key, h)
	if e != nil {
		return unsafe.Add(e, t.valOffset)
	}
	if m.used == m.capacity {
		mapResize(t, m, m.count*2)
	}
	n := m.used
	m.used++
	m.count++
	e = unsafe.Add(m.entries, uintptr(n)*t.entrySize)
	*(*uintptr)(e) = h
	memcpy(unsafe.Add(e, t.keyOffset), key, t.keySize)
	slot := h & m.mask
	for *(*uint32)(unsafe.Add(m.index, slot*4)) != 0 {
		slot = (slot + 1) & m.mask
	}
	*(*uint32)(unsafe.Add(m.index, slot*4)) = uint32(n + 1)
	return unsafe.Add(e, t.valOffset)
}

func mapdelete(t *mapType, m *hmap, key unsafe.Pointer) {
	if m == nil || m.count == 0 {
		return
	}
	e := mapFind(t, m, key, mapHash(t, m, key))
	if e == nil {
		return
	}
	*(*uintptr)(e) = 0
	memzero(unsafe.Add(e, t.keyOffset), t.entrySize-t.keyOffset)
	m.count--
}

func mapclear(t *mapType, m *hmap) {
	if m == nil {
		return
	}
	m.clearSeq++
	if m.used > 0 {
		memzero(m.entries, uintptr(m.used)*t.entrySize)
		memzero(m.index, (m.mask+1)*4)
	}
	m.used = 0
	m.count = 0
}

func mapiterinit(t *mapType, m *hmap, it *hiter) {
	it.m = m
	if m == nil {
		return
	}
	it.entries = m.entries
	it.limit = m.used
	it.pos = 0
	it.clearSeq = m.clearSeq
}

// mapiternext copies the next entry's key and value to key and val and
// reports whether there was one.
func mapiternext(t *mapType, it *hiter, key, val unsafe.Pointer) bool {
	k, v := mapiterNextEntry(t, it)
	if k == nil {
		return false
	}
	memcpy(key, k, t.keySize)
	memcpy(val, v, t.valSize)
	return true
}

// mapiterNextEntry advances it and returns pointers to the next entry's key
// and value (nil, nil at the end).
func mapiterNextEntry(t *mapType, it *hiter) (unsafe.Pointer, unsafe.Pointer) {
	m := it.m
	if m == nil || it.clearSeq != m.clearSeq {
		return nil, nil
	}
	for {
		if it.entries == m.entries {
			it.limit = m.used
		}
		if it.pos >= it.limit {
			return nil, nil
		}
		e := unsafe.Add(it.entries, uintptr(it.pos)*t.entrySize)
		it.pos++
		h := *(*uintptr)(e)
		if h == 0 {
			continue
		}
		k := unsafe.Add(e, t.keyOffset)
		v := unsafe.Add(e, t.valOffset)
		if it.entries != m.entries {
			cur := mapFind(t, m, k, h)
			if cur != nil {
				v = unsafe.Add(cur, t.valOffset)
			} else {
				equal := t.equal
				if equal(k, k) {
					continue // deleted since the map grew
				}
				// a NaN key cannot be looked up: its entry is still in the map
			}
		}
		return k, v
	}
}

// Hash functions used by the compiler-generated per-type hashes.

// memhash hashes size bytes at p (a word at a time, then a murmur3 finish).
func memhash(p unsafe.Pointer, seed, size uintptr) uintptr {
	h := uint32(seed) ^ uint32(size)*0x9E3779B1
	for size >= 4 {
		k := *(*uint32)(p)
		k *= 0xCC9E2D51
		k = k<<15 | k>>17
		k *= 0x1B873593
		h ^= k
		h = h<<13 | h>>19
		h = h*5 + 0xE6546B64
		p = unsafe.Add(p, 4)
		size -= 4
	}
	for size > 0 {
		h ^= uint32(*(*byte)(p))
		h *= 0x01000193
		p = unsafe.Add(p, 1)
		size--
	}
	h ^= h >> 16
	h *= 0x85EBCA6B
	h ^= h >> 13
	h *= 0xC2B2AE35
	h ^= h >> 16
	return uintptr(h)
}

func memequal(a, b unsafe.Pointer, size uintptr) bool {
	for size >= 4 {
		if *(*uint32)(a) != *(*uint32)(b) {
			return false
		}
		a = unsafe.Add(a, 4)
		b = unsafe.Add(b, 4)
		size -= 4
	}
	for size > 0 {
		if *(*byte)(a) != *(*byte)(b) {
			return false
		}
		a = unsafe.Add(a, 1)
		b = unsafe.Add(b, 1)
		size--
	}
	return true
}

func strhash(p unsafe.Pointer, seed uintptr) uintptr {
	s := *(*string)(p)
	return memhash(unsafe.Pointer(unsafe.StringData(s)), seed, uintptr(len(s)))
}

func strequal(a, b unsafe.Pointer) bool {
	x, y := *(*string)(a), *(*string)(b)
	if len(x) != len(y) {
		return false
	}
	// four bytes at a time: map keys are compared only after a hash match
	return memequal(unsafe.Pointer(unsafe.StringData(x)), unsafe.Pointer(unsafe.StringData(y)), uintptr(len(x)))
}

// nanHashCounter spreads NaN keys over the table: a NaN is never equal to
// anything, so every NaN insert adds an entry. zero8 is the hashed form of
// both +0 and -0. (Globals, so that hashing never allocates.)
var nanHashCounter uint64
var zero8 uint64

func f64hash(p unsafe.Pointer, seed uintptr) uintptr {
	f := *(*float64)(p)
	if f == 0 {
		p = unsafe.Pointer(&zero8)
	} else if f != f {
		nanHashCounter++
		p = unsafe.Pointer(&nanHashCounter)
	}
	return memhash(p, seed, 8)
}

func f32hash(p unsafe.Pointer, seed uintptr) uintptr {
	f := *(*float32)(p)
	if f == 0 {
		p = unsafe.Pointer(&zero8)
	} else if f != f {
		nanHashCounter++
		p = unsafe.Pointer(&nanHashCounter)
	}
	return memhash(p, seed, 4)
}

// interfaceHash hashes an interface value (map[any]V, map[error]V, ...) by
// its dynamic type's kind. The type descriptor has no per-type hash yet, so
// struct and array dynamic values hash by their type alone: correct (equal
// values hash alike) but slow when many such keys share a map.
func interfaceHash(p unsafe.Pointer, seed uintptr) uintptr {
	e := (*eface)(p)
	t := e.typecode
	if t == nil {
		return memhash(unsafe.Pointer(&zero8), seed, 4)
	}
	if t.Equal == nil {
		panicTextBegin()
		printstring("runtime error: hash of unhashable type ")
		printstring(typeString(t))
		panicTextEnd()
		return 0
	}
	seed ^= uintptr(unsafe.Pointer(t))
	v := e.valuePtr()
	switch t.Kind() {
	case abi.String:
		return strhash(v, seed)
	case abi.Float32:
		return f32hash(v, seed)
	case abi.Float64:
		return f64hash(v, seed)
	case abi.Complex64:
		return f32hash(unsafe.Add(v, 4), f32hash(v, seed))
	case abi.Complex128:
		return f64hash(unsafe.Add(v, 8), f64hash(v, seed))
	case abi.Struct, abi.Array:
		return memhash(unsafe.Pointer(&zero8), seed, 4)
	}
	return memhash(v, seed, t.Size_)
}
