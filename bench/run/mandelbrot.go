// Mandelbrot: a tight float loop writing bits into a byte slice.
package main

import (
	"crypto/md5"
	"fmt"
)

func main() {
	const n = 1600
	out := make([]byte, 0, n*n/8)
	for y := 0; y < n; y++ {
		var bits byte
		ci := 2*float64(y)/n - 1
		for x := 0; x < n; x++ {
			cr := 2*float64(x)/n - 1.5
			zr, zi := 0.0, 0.0
			i := 0
			for ; i < 50 && zr*zr+zi*zi <= 4; i++ {
				zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
			}
			bits <<= 1
			if i == 50 {
				bits |= 1
			}
			if x%8 == 7 {
				out = append(out, bits)
				bits = 0
			}
		}
	}
	fmt.Printf("%x\n", md5.Sum(out))
}
