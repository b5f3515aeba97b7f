package main

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	println(a+b, a-b, a*b, a/b, -a)
	println(real(a*b), imag(a/b), a == complex(1, 2), a != b)
	var c complex64 = complex64(a)
	d := c * c
	println(d, c/complex64(b), real(d))
	var z complex128
	println(a/z, z/z)
	big := 1e308
	inf := big * 10
	println(complex(inf, 1)/b, b/complex(inf, inf))
	const k = (1 + 2i) * (3 + 4i)
	println(k, real(k))
}
