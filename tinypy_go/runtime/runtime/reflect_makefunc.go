package runtime

// reflect.MakeFunc and method values made by reflect (Value.Method(i).Interface()).
//
// gc gives both a single assembly entry (makeFuncStub, methodValueCall) that
// decodes whatever frame its caller built. A wasm function has one fixed
// signature (call_indirect checks it), so the code pointer of such a func
// value must be a function of exactly the func type's signature: the compiler
// (backend/makefunc.py) emits one *trampoline* per signature shape, for every
// func type that has a descriptor, and a table pairing each func type
// descriptor with its trampoline. A trampoline allocates a frame laid out as
// reflect's funcLayout (stack ABI: arguments at their aligned offsets,
// results from retOffset), stores its arguments there, calls
// reflectStubCall(context, frame) and returns the results from the frame.
//
// The runtime overrides reflect.MakeFunc and reflect.makeMethodValue (same
// bodies as GOROOT's, except that the code pointer comes from that table) and
// tags the context object in makeFuncCtxt.stack (unused here: our collector
// scans conservatively), so reflectStubCall knows whether the context is a
// *makeFuncImpl (reflect.callReflect) or a *methodValue (reflect.callMethod).
// reflectcall (Value.Call of such a value) uses the tag too: it hands
// reflect's frame straight to the stub.
//
// The table, the trampolines and reflectStubCall exist only when
// reflect.MakeFunc is reachable or reflect can call methods
// (backend/reflectcall.methods_callable); otherwise makeFuncTable returns an
// empty table and a nil stub.

import (
	"internal/abi"
	"unsafe"
)

// makeFuncCtxt, makeFuncImpl and methodValue have the layouts of reflect's types.
type makeFuncCtxt struct {
	fn      uintptr
	stack   unsafe.Pointer
	argLen  uintptr
	regPtrs abi.IntArgRegBitmap
}

type makeFuncImpl struct {
	makeFuncCtxt
	ftyp *abi.FuncType
	fn   unsafe.Pointer // func([]reflect.Value) []reflect.Value
}

type methodValue struct {
	makeFuncCtxt
	method int
	rcvr   reflectValue
}

var makeFuncTag, methodValueTag byte

// makeFuncTable returns the compiler's {descriptor, trampoline} table, its
// length, and reflectStubCall as a func value (nil when there is no table).
//tinypy:intrinsic
func makeFuncTable() (unsafe.Pointer, uintptr, func(ctxt, frame unsafe.Pointer))

type makeFuncEntry struct {
	typ  *abi.Type
	code uintptr
}

// makeFuncCode returns the trampoline for func type t: by descriptor, or for
// a type made by reflect.FuncOf, one with the same parameter and result types.
// 0 when there is none: then no Go code can hold a func value of type t
// (its type has no descriptor), and only Value.Call (reflectcall) calls it.
func makeFuncCode(t *abi.Type) uintptr {
	tab, n, _ := makeFuncTable()
	for i := uintptr(0); i < n; i++ {
		e := (*makeFuncEntry)(unsafe.Add(tab, i*unsafe.Sizeof(makeFuncEntry{})))
		if e.typ == t {
			return e.code
		}
	}
	ft := (*abi.FuncType)(unsafe.Pointer(t))
	for i := uintptr(0); i < n; i++ {
		e := (*makeFuncEntry)(unsafe.Add(tab, i*unsafe.Sizeof(makeFuncEntry{})))
		if sameFuncParams(ft, (*abi.FuncType)(unsafe.Pointer(e.typ))) {
			return e.code
		}
	}
	return 0
}

func sameFuncParams(a, b *abi.FuncType) bool {
	if a.InCount != b.InCount || a.OutCount != b.OutCount {
		return false
	}
	ai, bi := a.InSlice(), b.InSlice()
	for i := range ai {
		if ai[i] != bi[i] {
			return false
		}
	}
	ao, bo := a.OutSlice(), b.OutSlice()
	for i := range ao {
		if ao[i] != bo[i] {
			return false
		}
	}
	return true
}

//go:linkname reflect_callReflect reflect.callReflect
func reflect_callReflect(ctxt unsafe.Pointer, frame unsafe.Pointer, retValid *bool, regs *abi.RegArgs)

//go:linkname reflect_callMethod reflect.callMethod
func reflect_callMethod(ctxt unsafe.Pointer, frame unsafe.Pointer, retValid *bool, regs *abi.RegArgs)

// reflectStubCall is what every trampoline calls (and reflectcall, for
// Value.Call of a made func): frame holds the arguments; the results are
// stored into it.
func reflectStubCall(ctxt, frame unsafe.Pointer) {
	var retValid bool
	var regs abi.RegArgs
	if (*makeFuncCtxt)(ctxt).stack == unsafe.Pointer(&methodValueTag) {
		callMethodValue((*methodValue)(ctxt), frame, &retValid, &regs)
	} else {
		reflect_callReflect(ctxt, frame, &retValid, &regs)
	}
}

// callMethodValue calls reflect.callMethod, which copies the results from the
// method's frame (receiver word first) to the value's frame as one block,
// assuming both have the same layout after their retOffset. That holds for gc
// (8-byte values are pointer-aligned or only 4-aligned), not for wasm32, where
// int64/float64 are 8-aligned and pointers 4 bytes: callMethod gets a scratch
// frame big enough for that block, and each result is moved to its offset.
func callMethodValue(mv *methodValue, frame unsafe.Pointer, retValid *bool, regs *abi.RegArgs) {
	_, ft, _ := reflect_methodReceiver("call", mv.rcvr, mv.method)
	vret := stackArgsEnd(ft.InSlice(), 0)
	mret := stackArgsEnd(ft.InSlice(), unsafe.Sizeof(uintptr(0)))
	outs := ft.OutSlice()
	retSize := alignUp(stackArgsEnd(outs, mret), unsafe.Sizeof(uintptr(0))) - mret
	tmp := alloc(vret + retSize)
	memmove(tmp, frame, vret)
	reflect_callMethod(unsafe.Pointer(mv), tmp, retValid, regs)
	voff, moff := vret, mret
	for _, t := range outs {
		voff = alignUp(voff, uintptr(t.Align_))
		moff = alignUp(moff, uintptr(t.Align_))
		memmove(unsafe.Add(frame, voff), unsafe.Add(tmp, vret+moff-mret), t.Size_)
		voff += t.Size_
		moff += t.Size_
	}
}

// stackArgsEnd lays ts out from off as reflect's abiSeq does on wasm (every
// value on the stack, aligned to its alignment) and returns the end rounded
// up to a pointer (a retOffset).
func stackArgsEnd(ts []*abi.Type, off uintptr) uintptr {
	for _, t := range ts {
		off = alignUp(off, uintptr(t.Align_)) + t.Size_
	}
	return alignUp(off, unsafe.Sizeof(uintptr(0)))
}

// isReflectStubCtxt reports whether the closure object fn was made by
// MakeFunc or makeMethodValue below.
func isReflectStubCtxt(fn unsafe.Pointer) bool {
	s := (*makeFuncCtxt)(fn).stack
	return s == unsafe.Pointer(&makeFuncTag) || s == unsafe.Pointer(&methodValueTag)
}

// reflect.flag bits
const (
	reflectFlagRO          = 1<<5 | 1<<6
	reflectFlagIndir       = 1 << 7
	reflectFlagAddr        = 1 << 8
	reflectFlagMethod      = 1 << 9
	reflectFlagMethodShift = 10
)

// reflect_MakeFunc is reflect.MakeFunc (typ is a reflect.Type, whose only
// implementation is *rtype: its data word is the descriptor; fn is a
// func([]Value) []Value).
//
//go:linkname reflect_MakeFunc reflect.MakeFunc
func reflect_MakeFunc(typ any, fn unsafe.Pointer) reflectValue {
	t := (*abi.Type)(anyToEface(typ).value)
	if t.Kind() != abi.Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	impl := &makeFuncImpl{
		makeFuncCtxt: makeFuncCtxt{fn: makeFuncCode(t), stack: unsafe.Pointer(&makeFuncTag)},
		ftyp:         (*abi.FuncType)(unsafe.Pointer(t)),
		fn:           fn,
	}
	return reflectValue{t, unsafe.Pointer(impl), uintptr(abi.Func)}
}

//go:linkname reflect_makeMethodValue reflect.makeMethodValue
func reflect_makeMethodValue(op string, v reflectValue) reflectValue {
	if v.flag&reflectFlagMethod == 0 {
		panic("reflect: internal error: invalid use of makeMethodValue")
	}
	fl := v.flag & (reflectFlagRO | reflectFlagAddr | reflectFlagIndir)
	fl |= uintptr(v.typ.Kind())
	rcvr := reflectValue{v.typ, v.ptr, fl}
	method := int(v.flag) >> reflectFlagMethodShift
	// the method's func type, as v.Type() finds it (and methodReceiver's checks)
	_, ftyp, _ := reflect_methodReceiver(op, rcvr, method)
	t := &ftyp.Type
	fv := &methodValue{
		makeFuncCtxt: makeFuncCtxt{fn: makeFuncCode(t), stack: unsafe.Pointer(&methodValueTag)},
		method:       method,
		rcvr:         rcvr,
	}
	return reflectValue{t, unsafe.Pointer(fv), v.flag&reflectFlagRO | uintptr(abi.Func)}
}

// madeTypeAssert is called when a type assertion to an interface meets a
// dynamic type the compiler does not know (made by reflect at run time; only
// emitted when reflect.StructOf is reachable). Such a type has no methods,
// except a struct made by reflect.StructOf around an embedded field with
// methods, whose methods the interface dispatchers cannot call: that is a
// fatal "not supported yet" rather than a wrong answer.
func madeTypeAssert(t *abi.Type) {
	if uintptr(unsafe.Pointer(t)) < uintptr(unsafe.Pointer(&heapBase)) {
		return // a compiled descriptor (static data): the answer is right
	}
	if u := t.Uncommon(); u != nil && u.Mcount > 0 {
		printflush()
		printstring("panic: not supported yet: interface conversion of type ")
		printstring(typeString(t))
		printstring(" (made by reflect.StructOf, with methods)")
		printpanicSuffix()
	}
}
