// golden: GOARCH=386
package main

func mulmod(a, b, m uint64) uint64 {
	var r uint64
	a %= m
	for b > 0 {
		if b&1 == 1 {
			r = (r + a) % m
		}
		a = (a << 1) % m
		b >>= 1
	}
	return r
}

func powmod(b, e, m uint64) uint64 {
	r := uint64(1)
	for e > 0 {
		if e&1 == 1 {
			r = mulmod(r, b, m)
		}
		b = mulmod(b, b, m)
		e >>= 1
	}
	return r
}

func isPrime(n uint64) bool {
	if n < 2 {
		return false
	}
	for _, p := range []uint64{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37} {
		if n%p == 0 {
			return n == p
		}
	}
	d, s := n-1, 0
	for d%2 == 0 {
		d /= 2
		s++
	}
	for _, a := range []uint64{2, 325, 9375, 28178, 450775, 9780504, 1795265022} {
		x := powmod(a%n, d, n)
		if x == 0 || x == 1 || x == n-1 {
			continue
		}
		comp := true
		for i := 1; i < s; i++ {
			x = mulmod(x, x, n)
			if x == n-1 {
				comp = false
				break
			}
		}
		if comp {
			return false
		}
	}
	return true
}

func main() {
	var a int64 = 0x7FFFFFFF
	println(a*a, a*a*4, -a*a/3, (a*a)%1000003)
	var b int64 = -9007199254740993
	println(b/7, b%7, b>>3, uint64(b)>>3)
	var c uint64 = 18446744073709551557
	println(c/3, c%1000, c*c)
	for _, n := range []uint64{1, 2, 97, 561, 1000000007, 4294967291, 18446744073709551557, 1000000016000000063} {
		println(n, isPrime(n))
	}
	var i int = 1 << 30
	println(i*4, i*2, int64(i)*4)
	x := int32(-7)
	println(x/2, x%2, x>>1, -x>>1, x/-2, x%-2)
}
