package main

func makeCounter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

type acc struct{ total int }

func (a *acc) add(x int) { a.total += x }

func each(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	next, reset := makeCounter()
	next()
	println(next())
	reset()
	a := &acc{}
	each([]int{1, 2, 3}, a.add)
	var f func(int) = nil
	println(a.total, f == nil)
}
