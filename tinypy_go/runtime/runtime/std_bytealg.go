package runtime

import "unsafe"

// Hooks of internal/bytealg (assembly in gc on wasm) and iter.

//go:linkname bytealg_IndexByte internal/bytealg.IndexByte
func bytealg_IndexByte(b []byte, c byte) int {
	for i := 0; i < len(b); i++ {
		if b[i] == c {
			return i
		}
	}
	return -1
}

//go:linkname bytealg_IndexByteString internal/bytealg.IndexByteString
func bytealg_IndexByteString(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

//go:linkname bytealg_Compare internal/bytealg.Compare
func bytealg_Compare(a, b []byte) int {
	return cmpstring(unsafe.String(unsafe.SliceData(a), len(a)), unsafe.String(unsafe.SliceData(b), len(b)))
}

// cmpstring is gc's runtime.cmpstring (pulled by internal/bytealg).
func cmpstring(a, b string) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return 1
	}
	return 0
}

//go:linkname bytealg_MakeNoZero internal/bytealg.MakeNoZero
func bytealg_MakeNoZero(n int) []byte {
	return make([]byte, n)
}

// Coroutines (iter.Pull) switch stacks, which needs the goroutine scheduler.

//tinypy:sched newcoroSched
//tinypy:schedroot
func newcoro(f func(unsafe.Pointer)) unsafe.Pointer {
	runtimePanicText("not supported yet: iter.Pull (coroutines need goroutines)")
	return nil
}

//tinypy:sched coroswitchSched
func coroswitch(c unsafe.Pointer) {}
