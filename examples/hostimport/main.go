// Command hostimport calls functions that the host provides through
// //go:wasmimport, and exports one that calls back into the host.
package main

//go:wasmimport env host_add
func hostAdd(a, b int32) int32

//go:wasmimport env host_log
func hostLog(value float64)

//export compute
func compute(n int32) int32 {
	total := int32(0)
	for i := int32(1); i <= n; i++ {
		total = hostAdd(total, i)
	}
	hostLog(float64(total) / 2)
	return total
}

func main() {}
