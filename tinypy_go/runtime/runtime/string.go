package runtime

import "unsafe"

func stringConcat(a, b string) string {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	n := uintptr(len(a) + len(b))
	p := alloc(n)
	memcpy(p, unsafe.Pointer(unsafe.StringData(a)), uintptr(len(a)))
	memcpy(unsafe.Add(p, len(a)), unsafe.Pointer(unsafe.StringData(b)), uintptr(len(b)))
	return unsafe.String((*byte)(p), len(a)+len(b))
}

func stringEqual(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func stringLess(a, b string) bool {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}
