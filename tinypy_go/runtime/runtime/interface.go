package runtime

import (
	"internal/abi"
	"unsafe"
)

// Interfaces are {typecode, value} pairs. The typecode points to the
// compiler-emitted descriptor of the dynamic type, an abi.Type (one per type,
// so type identity is pointer identity; see typedesc.go); value holds a
// "direct" (pointer-shaped) value itself or points to a boxed copy.

// Kinds, numbered as reflect.Kind.
const (
	kindBool          = 1
	kindInt           = 2
	kindInt8          = 3
	kindInt16         = 4
	kindInt32         = 5
	kindInt64         = 6
	kindUint          = 7
	kindUint8         = 8
	kindUint16        = 9
	kindUint32        = 10
	kindUint64        = 11
	kindUintptr       = 12
	kindFloat32       = 13
	kindFloat64       = 14
	kindComplex64     = 15
	kindComplex128    = 16
	kindArray         = 17
	kindChan          = 18
	kindFunc          = 19
	kindInterface     = 20
	kindMap           = 21
	kindPointer       = 22
	kindSlice         = 23
	kindString        = 24
	kindStruct        = 25
	kindUnsafePointer = 26
)

// eface has the same layout as every interface value.
type eface struct {
	typecode *abi.Type
	value    unsafe.Pointer
}

// efaceToAny and anyToEface reinterpret an interface value; the compiler
// implements them (both types are {typecode, value}).
//tinypy:intrinsic plain
func efaceToAny(e eface) any
//tinypy:intrinsic plain
func anyToEface(i any) eface

type stringer interface {
	String() string
}

// valuePtr returns a pointer to the value held by an interface.
func (e *eface) valuePtr() unsafe.Pointer {
	if isDirectIface(e.typecode) {
		return unsafe.Pointer(&e.value)
	}
	return e.value
}

// interfaceEqual implements == on interface values.
func interfaceEqual(x, y eface) bool {
	if x.typecode != y.typecode {
		return false
	}
	if x.typecode == nil {
		return true
	}
	t := x.typecode
	if t.Equal == nil {
		panicUncomparable(t)
	}
	if isDirectIface(t) {
		return t.Equal(unsafe.Pointer(&x.value), unsafe.Pointer(&y.value))
	}
	return t.Equal(x.value, y.value)
}

func panicUncomparable(t *abi.Type) {
	panicTextBegin()
	printstring("runtime error: comparing uncomparable type ")
	printstring(typeString(t))
	panicTextEnd()
}

// typeAssertFail reports a failed x.(T) to a concrete type.
func typeAssertFail(have *abi.Type, iface string, want string) {
	panicTextBegin()
	printstring("interface conversion: ")
	printstring(iface)
	printstring(" is ")
	if have == nil {
		printstring("nil")
	} else {
		printstring(typeString(have))
	}
	printstring(", not ")
	printstring(want)
	panicTextEnd()
}

// typeAssertIfaceFail reports a failed x.(I) to an interface type.
func typeAssertIfaceFail(have *abi.Type, iface string, want string, missing string) {
	panicTextBegin()
	printstring("interface conversion: ")
	if have == nil {
		printstring("interface is nil, not ")
		printstring(want)
	} else {
		printstring(typeString(have))
		printstring(" is not ")
		printstring(want)
		printstring(": missing method ")
		printstring(missing)
	}
	panicTextEnd()
}

// printeface prints an interface value as print/println do: (typecode,value).
func printeface(e eface) {
	printbyte('(')
	printpointer(unsafe.Pointer(e.typecode))
	printbyte(',')
	printpointer(e.value)
	printbyte(')')
}

// _panic implements the panic builtin.
func _panic(v eface) {
	trapOnPanic()
	printflush()
	printstring("panic: ")
	printpanicval(v)
	printpanicSuffix()
}

var panicWord unsafe.Pointer

// printpanicFloat prints a boxed float or complex panic value. It is apart
// so that programs that can never box one don't carry float formatting
// (backend/condreach.py stubs it then).
func printpanicFloat(k abi.Kind, p unsafe.Pointer) {
	switch k {
	case kindFloat32:
		printfloat32(*(*float32)(p))
	case kindFloat64:
		printfloat(*(*float64)(p))
	case kindComplex64:
		printcomplex64(*(*complex64)(p))
	case kindComplex128:
		printcomplex(*(*complex128)(p))
	}
}

// printpanicval prints a panic value the way Go's runtime does.
func printpanicval(v eface) {
	if v.typecode == nil {
		printstring("runtime error: panic called with nil argument") // PanicNilError.Error() (go1.26+ wording)
		return
	}
	i := efaceToAny(v)
	if err, ok := i.(error); ok {
		printstring(err.Error())
		return
	}
	if s, ok := i.(stringer); ok {
		printstring(s.String())
		return
	}
	t := v.typecode
	p := v.value
	if isDirectIface(t) { // point at a copy of the word (a global: taking &v would allocate)
		panicWord = v.value
		p = unsafe.Pointer(&panicWord)
	}
	if t.Kind() > kindComplex128 && t.Kind() != kindString {
		printbyte('(')
		printstring(typeString(t))
		printstring(") ")
		printpointer(v.value)
		return
	}
	if isNamedType(t) {
		printstring(typeString(t))
		printbyte('(')
		if t.Kind() == kindString {
			printbyte('"')
		}
	}
	switch t.Kind() {
	case kindBool:
		printbool(*(*bool)(p))
	case kindInt:
		printint(int64(*(*int)(p)))
	case kindInt8:
		printint(int64(*(*int8)(p)))
	case kindInt16:
		printint(int64(*(*int16)(p)))
	case kindInt32:
		printint(int64(*(*int32)(p)))
	case kindInt64:
		printint(*(*int64)(p))
	case kindUint:
		printuint(uint64(*(*uint)(p)))
	case kindUint8:
		printuint(uint64(*(*uint8)(p)))
	case kindUint16:
		printuint(uint64(*(*uint16)(p)))
	case kindUint32:
		printuint(uint64(*(*uint32)(p)))
	case kindUint64:
		printuint(*(*uint64)(p))
	case kindUintptr:
		printuint(uint64(*(*uintptr)(p)))
	case kindFloat32, kindFloat64, kindComplex64, kindComplex128:
		printpanicFloat(t.Kind(), p)
	case kindString:
		printstring(*(*string)(p))
	}
	if isNamedType(t) {
		if t.Kind() == kindString {
			printbyte('"')
		}
		printbyte(')')
	}
}
