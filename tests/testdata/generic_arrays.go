package main

// Type parameters whose core type is an array or pointer-to-struct; generic array algorithms.

type Vec interface{ ~[4]int }

type Quad [4]int

func SumVec[V Vec](v V) int {
	s := 0
	for _, x := range v {
		s += x
	}
	return s + len(v)
}

func Scale[V ~[4]int](v V, k int) V {
	for i := range v {
		v[i] *= k
	}
	return v
}

func Fill[T any](v T) [3]T {
	var a [3]T
	for i := range a {
		a[i] = v
	}
	return a
}

func IndexOf[T comparable](a [5]T, x T) int {
	for i, v := range a {
		if v == x {
			return i
		}
	}
	return -1
}

func BubbleSort[T ~int | ~float64 | ~string](a *[6]T) {
	for i := 0; i < len(a); i++ {
		for j := 0; j < len(a)-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
			}
		}
	}
}

type Matrix[T ~int | ~float64] struct {
	m [2][2]T
}

func (a Matrix[T]) Mul(b Matrix[T]) Matrix[T] {
	var r Matrix[T]
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r.m[i][j] += a.m[i][k] * b.m[k][j]
			}
		}
	}
	return r
}

func main() {
	q := Quad{1, 2, 3, 4}
	println(SumVec(q), SumVec([4]int{10, 20, 30, 40}))
	s := Scale(q, 3)
	println(s[0], s[3], q[3])
	f := Fill("ab")
	println(f[0], f[2], Fill(1.5)[1])
	println(IndexOf([5]string{"a", "b", "c", "d", "e"}, "d"), IndexOf([5]int{}, 1))
	ai := [6]int{5, 2, 9, 1, 5, 6}
	BubbleSort(&ai)
	println(ai[0], ai[1], ai[2], ai[3], ai[4], ai[5])
	as := [6]string{"pear", "fig", "apple", "kiwi", "date", "plum"}
	BubbleSort(&as)
	println(as[0], as[1], as[2], as[3], as[4], as[5])
	fib := Matrix[int]{[2][2]int{{1, 1}, {1, 0}}}
	r := fib
	for i := 0; i < 9; i++ {
		r = r.Mul(fib)
	}
	println(r.m[0][0], r.m[0][1])
	h := Matrix[float64]{[2][2]float64{{0.5, 0}, {0, 2}}}
	h = h.Mul(h)
	println(h.m[0][0], h.m[1][1])
}
