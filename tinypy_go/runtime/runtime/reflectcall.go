package runtime

// reflectcall: reflect.Value.Call's way into a function (reflect's body-less
// `call`, bound by //go:linkname call runtime.reflectcall).
//
// reflect lays the arguments out in a frame at Go's stack-ABI offsets (wasm
// has no argument registers: every argument and result is in stackArgs, the
// results from stackRetOffset) and passes fn, a closure pointer whose first
// word is the code pointer. The compiler (backend/reflectcall.py) emits, only
// when this function is reached, a table pairing the code pointer of every
// function that is used as a func value (plus the method wrappers reflect's
// Method calls use) with a thunk for that function's signature: the thunk
// loads the arguments from the frame, calls fn with the compiler's calling
// convention and stores the results back into the frame.

import "unsafe"

type reflectcallEntry struct {
	code  unsafe.Pointer
	thunk func(fn, frame unsafe.Pointer)
}

// reflectcallTable returns the compiler's table and its length (an intrinsic).
//tinypy:intrinsic
func reflectcallTable() (unsafe.Pointer, uintptr)

func reflectcall(stackArgsType unsafe.Pointer, fn, stackArgs unsafe.Pointer, stackArgsSize, stackRetOffset, frameSize uint32, regArgs unsafe.Pointer) {
	code := *(*unsafe.Pointer)(fn)
	tab, n := reflectcallTable()
	for i := uintptr(0); i < n; i++ {
		e := (*reflectcallEntry)(unsafe.Pointer(uintptr(tab) + i*unsafe.Sizeof(reflectcallEntry{})))
		if e.code == code {
			e.thunk(fn, stackArgs)
			return
		}
	}
	if isReflectStubCtxt(fn) { // made by reflect.MakeFunc or a method value (reflect_makefunc.go)
		if _, _, stub := makeFuncTable(); stub != nil {
			stub(fn, stackArgs)
			return
		}
	}
	panic("reflect: call of a function that was not compiled for reflection")
}

// funcPC is gc's FuncPC intrinsics: the code pointer of a func value (word 0
// of its closure object).
//
//go:linkname funcPC internal/abi.FuncPCABI0
func funcPC(f interface{}) uintptr {
	w := (*[2]unsafe.Pointer)(unsafe.Pointer(&f))[1]
	if w == nil {
		return 0
	}
	return *(*uintptr)(w)
}

//go:linkname funcPCInternal internal/abi.FuncPCABIInternal
func funcPCInternal(f interface{}) uintptr { return funcPC(f) }

// reflect.MakeFunc and method values made by reflect get a trampoline as their
// code pointer (reflect_makefunc.go); these stubs remain only as the targets
// of reflect's FuncPCABI0 references (Value.Pointer of a method value).
//
//go:linkname reflectMakeFuncStub reflect.makeFuncStub
func reflectMakeFuncStub() { panic("reflect.MakeFunc is not supported") }

//go:linkname reflectMethodValueCall reflect.methodValueCall
func reflectMethodValueCall() {
	panic("reflect: calling a method value made by reflect is not supported")
}
