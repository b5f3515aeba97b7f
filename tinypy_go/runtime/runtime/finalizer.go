package runtime

import (
	"internal/abi"
	"unsafe"
)

// Finalizers (runtime.SetFinalizer) and cleanups (runtime.AddCleanup, in
// cleanup.go) under the conservative collector, on every target. On
// -target=wasm, syscall/js gives every js.Value that names a JavaScript
// object a finalizer that releases it from the glue's table (finalizeRef),
// so without them a handler called many times would fill the table for ever.
// With -gc=leaking or -gc=none nothing is ever collected, so they never run.
//
// The registry maps ^p (never a heap address, like weak.go's cells, so the
// conservative scan does not keep p alive) to its entry. After marking, the
// collector calls finSweep: an object that was not marked moves to finQueue
// with its pointer visible again and is marked (with what it references), so
// it lives until its finalizer has run; the cleanups of an unmarked object
// move to cleanupQueue (the object itself is freed). They run outside the
// collector (runFinalizers): at the end of runtime.GC, when the scheduler
// runs goroutines (gc runs them on a goroutine of its own), and before an
// export call returns to the host. So a finalizer runs on whichever
// goroutine called runtime.GC, and should not wait for that goroutine.

type finEntry struct {
	obj     unsafe.Pointer // set once queued
	objType *abi.Type
	fn      any
	next    *finEntry
}

var finTable map[uintptr]*finEntry

// finBusy is set while finTable is being changed: a collection then keeps
// every registered object alive (see weakBusy).
var finBusy bool

var finQueue *finEntry

// SetFinalizer is runtime.SetFinalizer: finalizer is nil (remove) or a func
// of one parameter that obj is assignable to, without results.
func SetFinalizer(obj any, finalizer any) {
	e := anyToEface(obj)
	if e.typecode == nil {
		fatalThrow("runtime.SetFinalizer: first argument is nil")
	}
	if e.typecode.Kind() != abi.Pointer {
		fatalThrow("runtime.SetFinalizer: first argument is " + typeString(e.typecode) + ", not pointer")
	}
	p := uintptr(e.value)
	if p == 0 || !isHeapPointer(p) {
		return // nil, or a global or stack object: never freed
	}
	key := ^p
	if finalizer == nil {
		finBusy = true
		delete(finTable, key)
		finBusy = false
		return
	}
	f := anyToEface(finalizer)
	if f.typecode.Kind() != abi.Func {
		fatalThrow("runtime.SetFinalizer: second argument is " + typeString(f.typecode) + ", not a function")
	}
	ft := (*abi.FuncType)(unsafe.Pointer(f.typecode))
	if ft.NumIn() != 1 || ft.IsVariadic() {
		fatalThrow("runtime.SetFinalizer: cannot pass " + typeString(e.typecode) + " to finalizer " + typeString(f.typecode))
	}
	if finalizerResult(ft) < 0 {
		fatalThrow("runtime.SetFinalizer: tinypy does not support the result type of finalizer " + typeString(f.typecode))
	}
	if _, ok := finTable[key]; ok {
		fatalThrow("runtime.SetFinalizer: finalizer already set")
	}
	entry := &finEntry{objType: e.typecode, fn: finalizer}
	finBusy = true
	if finTable == nil {
		finTable = make(map[uintptr]*finEntry)
	}
	finTable[key] = entry
	finBusy = false
}

func finalizersPending() bool { return len(finTable) > 0 || len(cleanupTable) > 0 }

// finSweep queues the finalizers and cleanups of the objects this collection
// did not mark.
func finSweep() {
	cleanupSweep()
	for key, e := range finTable {
		p := ^key
		if finBusy {
			markFrom(p)
			continue
		}
		if !marked(p) {
			delete(finTable, key)
			e.obj = unsafe.Pointer(p)
			e.next = finQueue
			finQueue = e
			markFrom(p)
		}
	}
}

// runFinalizers calls the queued finalizers and cleanups (not from inside the
// collector: they may allocate and call the host).
func runFinalizers() {
	runCleanups()
	for finQueue != nil {
		e := finQueue
		finQueue = e.next
		e.next = nil
		obj := e.obj
		e.obj = nil
		f := anyToEface(e.fn)
		ft := (*abi.FuncType)(unsafe.Pointer(f.typecode))
		fv := f.value
		if !isDirectIface(f.typecode) {
			fv = *(*unsafe.Pointer)(fv)
		}
		callFinalizer(fv, ft, efaceToAny(eface{typecode: e.objType, value: obj}), obj)
	}
}

// The results a finalizer may have, by how a call returns them (they are
// ignored): none, an interface (two words), one i32, i64, f32 or f64; -1: other.
const (
	finNone = iota
	finIface
	finI32
	finI64
	finF32
	finF64
)

func finalizerResult(ft *abi.FuncType) int {
	if ft.NumOut() == 0 {
		return finNone
	}
	if ft.NumOut() > 1 {
		return -1
	}
	switch ft.Out(0).Kind() {
	case abi.Interface:
		return finIface
	case abi.Bool, abi.Int, abi.Int8, abi.Int16, abi.Int32, abi.Uint, abi.Uint8, abi.Uint16, abi.Uint32,
		abi.Uintptr, abi.Pointer, abi.UnsafePointer, abi.Map, abi.Chan, abi.Func:
		return finI32
	case abi.Int64, abi.Uint64:
		return finI64
	case abi.Float32:
		return finF32
	case abi.Float64:
		return finF64
	}
	return -1
}

// callFinalizer calls the func value fv (of type ft) with obj, or with arg
// when its parameter is an interface, as a func of the same wasm signature.
func callFinalizer(fv unsafe.Pointer, ft *abi.FuncType, arg any, obj unsafe.Pointer) {
	p := unsafe.Pointer(&fv)
	if ft.In(0).Kind() == abi.Interface {
		switch finalizerResult(ft) {
		case finNone:
			(*(*func(any))(p))(arg)
		case finIface:
			(*(*func(any) any)(p))(arg)
		case finI32:
			(*(*func(any) uintptr)(p))(arg)
		case finI64:
			(*(*func(any) uint64)(p))(arg)
		case finF32:
			(*(*func(any) float32)(p))(arg)
		case finF64:
			(*(*func(any) float64)(p))(arg)
		}
		return
	}
	switch finalizerResult(ft) {
	case finNone:
		(*(*func(unsafe.Pointer))(p))(obj)
	case finIface:
		(*(*func(unsafe.Pointer) any)(p))(obj)
	case finI32:
		(*(*func(unsafe.Pointer) uintptr)(p))(obj)
	case finI64:
		(*(*func(unsafe.Pointer) uint64)(p))(obj)
	case finF32:
		(*(*func(unsafe.Pointer) float32)(p))(obj)
	case finF64:
		(*(*func(unsafe.Pointer) float64)(p))(obj)
	}
}

// isHeapPointer reports whether p may point into the collected heap (not
// into the data section or the main stack, below it).
func isHeapPointer(p uintptr) bool {
	return p >= uintptr(unsafe.Pointer(&heapBase))
}
