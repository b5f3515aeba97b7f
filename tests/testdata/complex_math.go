package main

func mandel(c complex128) int {
	z := complex(0, 0)
	for i := 0; i < 50; i++ {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return 50
}

func main() {
	a := 3 + 4i
	b := complex(1.5, -2)
	println(a, b, a+b, a-b, a*b, a/b)
	println(real(a), imag(a), a == complex(3, 4), a != b)
	var c64 complex64 = complex64(a)
	c64 *= 2
	println(c64, real(c64), imag(c64))
	for y := 1.0; y >= -1.0; y -= 0.25 {
		for x := -2.0; x <= 0.5; x += 0.125 {
			if mandel(complex(x, y)) == 50 {
				print("#")
			} else {
				print(".")
			}
		}
		println()
	}
	roots := []complex128{1, 1i, -1, -1i}
	p := complex(1, 0)
	for _, r := range roots {
		p *= r
	}
	println(p)
	var zero complex128
	println(zero == 0, -a)
}
