package runtime

// reflect.methodReceiver, overriding GOROOT's body (ir/linknames.py): for a
// Value of interface kind, gc's version reads the method from the itab in the
// interface's first word, while our non-empty interfaces hold the dynamic
// type's *abi.Type there (as empty ones do). The method is found by name in the
// dynamic type's exported method table instead; its Ifn (a reflectcall method
// wrapper taking the interface data word, backend/reflectcall.py) is what an
// itab's Fun entry would have been. The concrete-kind branch is gc's.

import (
	"internal/abi"
	"unsafe"
)

// reflectValue is reflect.Value's layout.
type reflectValue struct {
	typ  *abi.Type
	ptr  unsafe.Pointer
	flag uintptr
}

func nameAt(off int32) abi.Name {
	return abi.Name{Bytes: (*byte)(unsafe.Pointer(uintptr(off)))}
}

//go:linkname reflect_methodReceiver reflect.methodReceiver
func reflect_methodReceiver(op string, v reflectValue, methodIndex int) (rcvrtype *abi.Type, t *abi.FuncType, fn unsafe.Pointer) {
	i := methodIndex
	if v.typ.Kind() == abi.Interface {
		tt := (*abi.InterfaceType)(unsafe.Pointer(v.typ))
		if uint(i) >= uint(len(tt.Methods)) {
			panic("reflect: internal error: invalid method index")
		}
		im := &tt.Methods[i]
		if !nameAt(int32(im.Name)).IsExported() {
			panic("reflect: " + op + " of unexported method")
		}
		dt := *(**abi.Type)(v.ptr)
		if dt == nil {
			panic("reflect: " + op + " of method on nil interface value")
		}
		name := nameAt(int32(im.Name)).Name()
		ms := dt.ExportedMethods()
		for j := range ms {
			if nameAt(int32(ms[j].Name)).Name() == name {
				rcvrtype = dt
				fn = unsafe.Pointer(&ms[j].Ifn)
				t = (*abi.FuncType)(unsafe.Pointer(uintptr(im.Typ)))
				return
			}
		}
		panic("reflect: " + op + " of method " + name + " missing from the method table of " + typeString(dt))
	}
	rcvrtype = v.typ
	ms := v.typ.ExportedMethods()
	if uint(i) >= uint(len(ms)) {
		panic("reflect: internal error: invalid method index")
	}
	m := &ms[i]
	if !nameAt(int32(m.Name)).IsExported() {
		panic("reflect: " + op + " of unexported method")
	}
	fn = unsafe.Pointer(&m.Ifn)
	t = (*abi.FuncType)(unsafe.Pointer(uintptr(m.Mtyp)))
	return
}
