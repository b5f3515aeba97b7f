package runtime

// The runtime functions GOROOT's reflect and internal/reflectlite declare
// without bodies, pushed into them with //go:linkname. Type descriptors are
// abi.Type values (typedesc.go); NameOff/TypeOff/TextOff are absolute
// addresses. Maps are our hash maps (hashmap.go): the layout of a map type's
// entries is derived from its abi.MapType (key/elem size and alignment, the
// Hasher and the key's Equal), exactly as the compiler lays them out
// (backend/maps.py).

import (
	"internal/abi"
	"unsafe"
)

// sliceHeader has the layout of internal/unsafeheader.Slice.
type sliceHeader struct {
	Data unsafe.Pointer
	Len  int
	Cap  int
}

//go:linkname reflect_resolveNameOff reflect.resolveNameOff
func reflect_resolveNameOff(ptrInModule unsafe.Pointer, off int32) unsafe.Pointer {
	return unsafe.Pointer(uintptr(off))
}

//go:linkname reflect_resolveTypeOff reflect.resolveTypeOff
func reflect_resolveTypeOff(rtype unsafe.Pointer, off int32) unsafe.Pointer {
	return unsafe.Pointer(uintptr(off))
}

//go:linkname reflect_resolveTextOff reflect.resolveTextOff
func reflect_resolveTextOff(rtype unsafe.Pointer, off int32) unsafe.Pointer {
	return unsafe.Pointer(uintptr(off))
}

//go:linkname reflect_addReflectOff reflect.addReflectOff
func reflect_addReflectOff(ptr unsafe.Pointer) int32 {
	return int32(uintptr(ptr))
}

//go:linkname reflectlite_resolveNameOff internal/reflectlite.resolveNameOff
func reflectlite_resolveNameOff(ptrInModule unsafe.Pointer, off int32) unsafe.Pointer {
	return unsafe.Pointer(uintptr(off))
}

//go:linkname reflectlite_resolveTypeOff internal/reflectlite.resolveTypeOff
func reflectlite_resolveTypeOff(rtype unsafe.Pointer, off int32) unsafe.Pointer {
	return unsafe.Pointer(uintptr(off))
}

// typelinksTable is the compiler's table of every type descriptor, sorted by
// type string (backend/typedesc.py): a pointer to [n]*abi.Type and n.
//tinypy:intrinsic
func typelinksTable() (unsafe.Pointer, int)

var typelinksSections []unsafe.Pointer
var typelinksOffsets [][]int32

// reflect_typelinks returns one section based at address 0, so each offset
// is a descriptor's address.
//
//go:linkname reflect_typelinks reflect.typelinks
func reflect_typelinks() ([]unsafe.Pointer, [][]int32) {
	if typelinksSections == nil {
		p, n := typelinksTable()
		offs := make([]int32, n)
		for i := 0; i < n; i++ {
			offs[i] = int32(uintptr(*(*unsafe.Pointer)(unsafe.Add(p, uintptr(i)*4))))
		}
		typelinksSections = []unsafe.Pointer{nil}
		typelinksOffsets = [][]int32{offs}
	}
	return typelinksSections, typelinksOffsets
}

// reflect_compiledTypelinks (go1.27) returns the one module's descriptors.
//
//go:linkname reflect_compiledTypelinks reflect.compiledTypelinks
func reflect_compiledTypelinks() ([]*abi.Type, [][]*abi.Type) {
	p, n := typelinksTable()
	return unsafe.Slice((**abi.Type)(p), n), nil
}

//go:linkname reflect_adjustAIXGCDataForRuntime reflect.adjustAIXGCDataForRuntime
func reflect_adjustAIXGCDataForRuntime(addr *byte) *byte { return addr }

// staticuint64s is gc's table of the values 0..255 (reflect boxes small
// integers with it), filled on first use so programs without reflect pay
// nothing at start-up.
var staticuint64s [256]uint64

// getStaticuint64s is pulled by reflect (//go:linkname to runtime.getStaticuint64s).
func getStaticuint64s() *[256]uint64 {
	if staticuint64s[255] == 0 {
		for i := range staticuint64s {
			staticuint64s[i] = uint64(i)
		}
	}
	return &staticuint64s
}

// ------------------------------------------------------------ memory

//go:linkname reflect_unsafe_New reflect.unsafe_New
func reflect_unsafe_New(t *abi.Type) unsafe.Pointer {
	return alloc(t.Size_)
}

//go:linkname reflectlite_unsafe_New internal/reflectlite.unsafe_New
func reflectlite_unsafe_New(t *abi.Type) unsafe.Pointer {
	return alloc(t.Size_)
}

//go:linkname reflect_unsafe_NewArray reflect.unsafe_NewArray
func reflect_unsafe_NewArray(t *abi.Type, n int) unsafe.Pointer {
	if n < 0 || (t.Size_ > 0 && uintptr(n) > maxAlloc/t.Size_) {
		runtimePanicText("makeslice: len out of range")
		return nil
	}
	return alloc(t.Size_ * uintptr(n))
}

//go:linkname reflect_memmove reflect.memmove
func reflect_memmove(dst, src unsafe.Pointer, size uintptr) {
	memmove(dst, src, size)
}

//go:linkname reflect_typedmemmove reflect.typedmemmove
func reflect_typedmemmove(t *abi.Type, dst, src unsafe.Pointer) {
	memmove(dst, src, t.Size_)
}

//go:linkname reflectlite_typedmemmove internal/reflectlite.typedmemmove
func reflectlite_typedmemmove(t *abi.Type, dst, src unsafe.Pointer) {
	memmove(dst, src, t.Size_)
}

//go:linkname reflect_typedmemclr reflect.typedmemclr
func reflect_typedmemclr(t *abi.Type, ptr unsafe.Pointer) {
	memzero(ptr, t.Size_)
}

//go:linkname reflect_typedmemclrpartial reflect.typedmemclrpartial
func reflect_typedmemclrpartial(t *abi.Type, ptr unsafe.Pointer, off, size uintptr) {
	memzero(unsafe.Add(ptr, off), size)
}

//go:linkname reflect_typedarrayclear reflect.typedarrayclear
func reflect_typedarrayclear(t *abi.Type, ptr unsafe.Pointer, n int) {
	memzero(ptr, t.Size_*uintptr(n))
}

//go:linkname reflect_typedslicecopy reflect.typedslicecopy
func reflect_typedslicecopy(t *abi.Type, dst, src sliceHeader) int {
	n := dst.Len
	if src.Len < n {
		n = src.Len
	}
	if n > 0 {
		memmove(dst.Data, src.Data, uintptr(n)*t.Size_)
	}
	return n
}

// reflect_growslice returns a slice with old's elements and length and room
// for at least num more elements.
//
//go:linkname reflect_growslice reflect.growslice
func reflect_growslice(t *abi.Type, old sliceHeader, num int) sliceHeader {
	ptrs := uint32(0)
	if t.PtrBytes != 0 {
		ptrs = ptrsAll
	}
	p, newcap := growslice(old.Data, old.Len+num, old.Cap, num, t.Size_, ptrs)
	return sliceHeader{p, old.Len, newcap}
}

//go:linkname reflect_unsafeslice reflect.unsafeslice
func reflect_unsafeslice(t *abi.Type, ptr unsafe.Pointer, n int) {
	if n < 0 {
		panicUnsafeSliceLen()
	}
}

//go:linkname reflect_verifyNotInHeapPtr reflect.verifyNotInHeapPtr
func reflect_verifyNotInHeapPtr(p uintptr) bool {
	return true
}

// ------------------------------------------------------------ interfaces

// ifaceE2I stores src in the interface at dst: every interface value holds
// the dynamic type's descriptor (no itabs), so this is a copy.
//
//go:linkname reflect_ifaceE2I reflect.ifaceE2I
func reflect_ifaceE2I(t *abi.Type, src any, dst unsafe.Pointer) {
	*(*eface)(dst) = anyToEface(src)
}

//go:linkname reflectlite_ifaceE2I internal/reflectlite.ifaceE2I
func reflectlite_ifaceE2I(t *abi.Type, src any, dst unsafe.Pointer) {
	*(*eface)(dst) = anyToEface(src)
}

// typehash hashes the value of type t at p (maps made by reflect.MapOf).
//
//go:linkname reflect_typehash reflect.typehash
func reflect_typehash(t *abi.Type, p unsafe.Pointer, h uintptr) uintptr {
	return typehash(t, p, h)
}

func typehash(t *abi.Type, p unsafe.Pointer, h uintptr) uintptr {
	if t.TFlag&abi.TFlagRegularMemory != 0 {
		return memhash(p, h, t.Size_)
	}
	switch t.Kind() {
	case abi.Float32:
		return f32hash(p, h)
	case abi.Float64:
		return f64hash(p, h)
	case abi.Complex64:
		return f32hash(unsafe.Add(p, 4), f32hash(p, h))
	case abi.Complex128:
		return f64hash(unsafe.Add(p, 8), f64hash(p, h))
	case abi.String:
		return strhash(p, h)
	case abi.Interface:
		return interfaceHash(p, h)
	case abi.Array:
		a := (*abi.ArrayType)(unsafe.Pointer(t))
		for i := uintptr(0); i < a.Len; i++ {
			h = typehash(a.Elem, unsafe.Add(p, i*a.Elem.Size_), h)
		}
		return h
	case abi.Struct:
		s := (*abi.StructType)(unsafe.Pointer(t))
		for i := range s.Fields {
			f := &s.Fields[i]
			if f.Name.IsBlank() {
				continue
			}
			h = typehash(f.Typ, unsafe.Add(p, f.Offset), h)
		}
		return h
	}
	return memhash(p, h, t.Size_)
}

// ------------------------------------------------------------ maps

// reflectMapType fills mt with the entry layout of map type t.
func reflectMapType(t *abi.Type, mt *mapType) {
	m := (*abi.MapType)(unsafe.Pointer(t))
	k, e := m.Key, m.Elem
	ka, ea := uintptr(k.Align_), uintptr(e.Align_)
	koff := alignUp(4, ka)
	voff := alignUp(koff+k.Size_, ea)
	a := uintptr(4)
	if ka > a {
		a = ka
	}
	if ea > a {
		a = ea
	}
	mt.keySize = k.Size_
	mt.valSize = e.Size_
	mt.keyOffset = koff
	mt.valOffset = voff
	mt.entrySize = alignUp(voff+e.Size_, a)
	mt.hash = m.Hasher
	mt.equal = k.Equal
}

func alignUp(x, a uintptr) uintptr {
	if a <= 1 {
		return x
	}
	return (x + a - 1) &^ (a - 1)
}

//go:linkname reflect_makemap reflect.makemap
func reflect_makemap(t *abi.Type, hint int) unsafe.Pointer {
	var mt mapType
	reflectMapType(t, &mt)
	return unsafe.Pointer(makemap(&mt, hint))
}

//go:linkname reflect_mapaccess reflect.mapaccess
func reflect_mapaccess(t *abi.Type, m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer {
	var mt mapType
	reflectMapType(t, &mt)
	return mapaccess(&mt, (*hmap)(m), key)
}

//go:linkname reflect_mapaccess_faststr reflect.mapaccess_faststr
func reflect_mapaccess_faststr(t *abi.Type, m unsafe.Pointer, key string) unsafe.Pointer {
	var mt mapType
	reflectMapType(t, &mt)
	return mapaccess(&mt, (*hmap)(m), unsafe.Pointer(&key))
}

//go:linkname reflect_mapassign0 reflect.mapassign0
func reflect_mapassign0(t *abi.Type, m unsafe.Pointer, key, val unsafe.Pointer) {
	var mt mapType
	reflectMapType(t, &mt)
	p := mapassign(&mt, (*hmap)(m), key)
	if p != nil {
		memmove(p, val, mt.valSize)
	}
}

//go:linkname reflect_mapassign_faststr0 reflect.mapassign_faststr0
func reflect_mapassign_faststr0(t *abi.Type, m unsafe.Pointer, key string, val unsafe.Pointer) {
	var mt mapType
	reflectMapType(t, &mt)
	p := mapassign(&mt, (*hmap)(m), unsafe.Pointer(&key))
	if p != nil {
		memmove(p, val, mt.valSize)
	}
}

//go:linkname reflect_mapdelete reflect.mapdelete
func reflect_mapdelete(t *abi.Type, m unsafe.Pointer, key unsafe.Pointer) {
	var mt mapType
	reflectMapType(t, &mt)
	mapdelete(&mt, (*hmap)(m), key)
}

//go:linkname reflect_mapdelete_faststr reflect.mapdelete_faststr
func reflect_mapdelete_faststr(t *abi.Type, m unsafe.Pointer, key string) {
	var mt mapType
	reflectMapType(t, &mt)
	mapdelete(&mt, (*hmap)(m), unsafe.Pointer(&key))
}

//go:linkname reflect_maplen reflect.maplen
func reflect_maplen(m unsafe.Pointer) int {
	if m == nil {
		return 0
	}
	return (*hmap)(m).count
}

//go:linkname reflectlite_maplen internal/reflectlite.maplen
func reflectlite_maplen(m unsafe.Pointer) int {
	if m == nil {
		return 0
	}
	return (*hmap)(m).count
}

//go:linkname reflect_mapclear reflect.mapclear
func reflect_mapclear(t *abi.Type, m unsafe.Pointer) {
	var mt mapType
	reflectMapType(t, &mt)
	mapclear(&mt, (*hmap)(m))
}

// mapsIter has the layout of internal/runtime/maps.Iter (our override):
// reflect reads key and elem (nil key: done); our iterator state lives in
// the space of the remaining fields.
type mapsIter struct {
	key  unsafe.Pointer
	elem unsafe.Pointer
	t    *abi.Type
	h    unsafe.Pointer
	it   hiter
}

//go:linkname maps_iterInit internal/runtime/maps.iterInit
func maps_iterInit(it *mapsIter) {
	if it.h == nil {
		return
	}
	var mt mapType
	reflectMapType(it.t, &mt)
	mapiterinit(&mt, (*hmap)(it.h), &it.it)
}

//go:linkname maps_iterNext internal/runtime/maps.iterNext
func maps_iterNext(it *mapsIter) {
	var mt mapType
	reflectMapType(it.t, &mt)
	it.key, it.elem = mapiterNextEntry(&mt, &it.it)
}

// ------------------------------------------------------------ channels (not supported yet)

//go:linkname reflect_chanlen reflect.chanlen
//tinypy:chans reflectChanlen
func reflect_chanlen(ch unsafe.Pointer) int {
	return 0
}

//go:linkname reflect_chancap reflect.chancap
//tinypy:chans reflectChancap
func reflect_chancap(ch unsafe.Pointer) int {
	return 0
}

//go:linkname reflectlite_chanlen internal/reflectlite.chanlen
//tinypy:chans reflectliteChanlen
func reflectlite_chanlen(ch unsafe.Pointer) int {
	return 0
}

//go:linkname reflect_makechan reflect.makechan
//tinypy:chans reflectMakechan
//tinypy:chanroot
func reflect_makechan(t *abi.Type, size int) unsafe.Pointer {
	runtimePanicText("reflect: channels are not supported yet")
	return nil
}

//go:linkname reflect_chanclose reflect.chanclose
//tinypy:chans reflectChanclose
func reflect_chanclose(ch unsafe.Pointer) {
	runtimePanicText("reflect: channels are not supported yet")
}

//go:linkname reflect_chanrecv reflect.chanrecv
//tinypy:chans reflectChanrecv
func reflect_chanrecv(ch unsafe.Pointer, nb bool, val unsafe.Pointer) (selected, received bool) {
	runtimePanicText("reflect: channels are not supported yet")
	return false, false
}

//go:linkname reflect_chansend0 reflect.chansend0
//tinypy:chans reflectChansend0
func reflect_chansend0(ch unsafe.Pointer, val unsafe.Pointer, nb bool) bool {
	runtimePanicText("reflect: channels are not supported yet")
	return false
}
