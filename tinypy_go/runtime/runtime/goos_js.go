package runtime

import "unsafe"

// GOOS is what a program built with -target=wasm (js) sees.
const GOOS = "js"

// jsExportResult keeps the memory of an export's string or []byte result
// reachable while the goroutines the call started run (runReady), until the
// glue has copied it (the next export call replaces it).
var jsExportResult unsafe.Pointer

func jsKeepResult(p unsafe.Pointer) {
	jsExportResult = p
}
