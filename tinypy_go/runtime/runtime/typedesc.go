package runtime

// Type descriptors are internal/abi.Type values emitted by the compiler
// (backend/typedesc.py), laid out exactly as GOROOT's reflect and
// internal/reflectlite read them. NameOff/TypeOff/TextOff fields hold
// absolute addresses (0: none), so resolving an offset is a conversion.

import (
	"internal/abi"
	"unsafe"
)

// isDirectIface reports whether an interface word holds a value of type t
// itself (pointer-shaped types) rather than a pointer to it.
func isDirectIface(t *abi.Type) bool {
	return t.TFlag&abi.TFlagDirectIface != 0
}

// isNamedType reports whether t is a defined type other than a predeclared
// one (panics print T(value)): those have an uncommon part.
func isNamedType(t *abi.Type) bool {
	return t.TFlag&abi.TFlagUncommon != 0
}

// nameString decodes the name of an abi.Name (flags, varint length, bytes).
func nameString(p *byte) string {
	if p == nil {
		return ""
	}
	n := 0
	shift := 0
	i := uintptr(1)
	for {
		b := *(*byte)(unsafe.Add(unsafe.Pointer(p), i))
		i++
		n |= int(b&0x7f) << shift
		if b&0x80 == 0 {
			break
		}
		shift += 7
	}
	return unsafe.String((*byte)(unsafe.Add(unsafe.Pointer(p), i)), n)
}

// typeString is t's string form as reflect's Type.String() returns it.
func typeString(t *abi.Type) string {
	return nameString((*byte)(unsafe.Pointer(uintptr(t.Str))))
}
