package main

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Pow(n int) Matrix {
	r := Identity(len(a))
	for n > 0 {
		if n&1 == 1 {
			r = r.Mul(a)
		}
		a = a.Mul(a)
		n >>= 1
	}
	return r
}

func (a Matrix) Print() {
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				print(" ")
			}
			print(v)
		}
		println()
	}
}

type M2 [2][2]int64

func mul2(a, b M2) M2 {
	var c M2
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func main() {
	a := Matrix{{1, 2}, {3, 4}, {5, 6}}
	b := Matrix{{7, 8, 9}, {10, 11, 12}}
	a.Mul(b).Print()
	Matrix{{1, 1}, {1, 0}}.Pow(10).Print()
	f := M2{{1, 1}, {1, 0}}
	r := M2{{1, 0}, {0, 1}}
	for i := 0; i < 90; i++ {
		r = mul2(r, f)
	}
	println(r[0][1], r == mul2(r, M2{{1, 0}, {0, 1}}))
}
