package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func count(prefix string, xs ...int) {
	println(prefix, len(xs), cap(xs))
}

func pair() (int, int) { return 3, 4 }

type Acc struct{ total int }

func (a *Acc) Add(xs ...int) *Acc {
	for _, x := range xs {
		a.total += x
	}
	return a
}

func main() {
	println(sum(), sum(1), sum(1, 2, 3))
	count("a")
	count("b", 1, 2)
	arr := [3]int{10, 20, 30}
	var s []int
	println(sum(s...))
	f := sum
	println(f(5, 6))
	println(sum(pair()))
	a := &Acc{}
	a.Add(1, 2).Add(3)
	println(a.total)
	_ = arr
	g := func(xs ...string) int { return len(xs) }
	println(g("x", "y"))
}
