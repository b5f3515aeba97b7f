package main

func cabs2(c complex128) float64 { return real(c)*real(c) + imag(c)*imag(c) }

func cpow(c complex128, n int) complex128 {
	r := complex(1, 0)
	for i := 0; i < n; i++ {
		r *= c
	}
	return r
}

func dft(x []complex128) []complex128 {
	n := len(x)
	out := make([]complex128, n)
	w := complex(0.7071067811865476, -0.7071067811865476)
	if n != 8 {
		panic("only n=8")
	}
	for k := 0; k < n; k++ {
		for t := 0; t < n; t++ {
			out[k] += x[t] * cpow(w, (k*t)%n)
		}
	}
	return out
}

func main() {
	var z complex128
	a := complex(3, -4)
	println(cabs2(a), a == complex(3, -4), z == 0, a*0 == 0)
	println(cpow(1i, 4), cpow(1i, 3), cpow(complex(1, 1), 8))
	sig := []complex128{1, 1, 1, 1, 0, 0, 0, 0}
	f := dft(sig)
	for _, c := range f {
		print(int(real(c)*1000), ",", int(imag(c)*1000), " ")
	}
	println()
	m := map[complex128]int{1i: 1, 1: 2}
	m[complex(0, 1)]++
	println(m[1i], m[1], len(m))
	var c64 complex64 = 1 + 2i
	c64 = c64 * c64 / (1 - 1i)
	println(c64, real(c64), imag(c64))
	var w complex128 = complex(float64(real(c64)), float64(imag(c64)))
	println(w != complex128(c64))
	one := 1.0
	inf := complex(one/0, 0)
	println(inf, -a, a-a)
}
