// math/bits panics with the runtime's overflowError and divideError, which it
// pulls by //go:linkname: runtime errors, recoverable, with Go's text.
package main

import (
	"fmt"
	"math/bits"
)

func div(hi, lo, y uint32) {
	defer func() {
		r := recover()
		_, isRuntime := r.(interface{ RuntimeError() })
		fmt.Println("recovered:", r, isRuntime)
	}()
	q, rem := bits.Div32(hi, lo, y)
	fmt.Println(q, rem)
}

func main() {
	div(0, 7, 2)
	div(2, 1, 1)
	div(0, 1, 0)
	_, _ = bits.Div64(1, 0, 0)
}
