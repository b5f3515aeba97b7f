package runtime

import "unsafe"

// GOOS is what a program built with -target=wasm (js) sees.
const GOOS = "js"

// The exports' string and []byte parameters arrive in buffers the glue
// frees when the call returns: the export wrapper (backend/codegen.py)
// copies them into Go memory first, so the function may keep them.
func jsCloneString(s string) string {
	if len(s) == 0 {
		return ""
	}
	b := make([]byte, len(s))
	copy(b, s)
	return unsafe.String(&b[0], len(b))
}

func jsCloneBytes(b []byte) []byte {
	if b == nil {
		return nil
	}
	c := make([]byte, len(b), cap(b))
	copy(c, b)
	return c
}

// jsExportResult keeps the memory of an export's string or []byte result
// reachable while the goroutines the call started run (runReady), until the
// glue has copied it (the next export call replaces it).
var jsExportResult unsafe.Pointer

func jsKeepResult(p unsafe.Pointer) {
	jsExportResult = p
}
