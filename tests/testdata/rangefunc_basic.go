package main

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	names := [3]string{"a", "b", "c"}
	for i, s := range names {
		if !yield(s, i*10) {
			return
		}
	}
}

func three(yield func() bool) {
	_ = yield() && yield() && yield()
}

func find(target int) (int, bool) {
	for x := range count(100) {
		if x*x >= target {
			return x, true
		}
	}
	return -1, false
}

func named() (r int) {
	defer func() { r += 1000 }()
	for x := range count(10) {
		defer func() { r += x }()
		if x == 3 {
			return 7
		}
	}
	return 0
}

func main() {
	for x := range count(5) {
		if x == 1 {
			continue
		}
		if x == 4 {
			break
		}
		println("x", x)
	}
	for k, v := range pairs {
		println(k, v)
	}
	n := 0
	for range three {
		n++
	}
	println("three", n)
	a, ok := find(50)
	println(a, ok)
	a, ok = find(100000)
	println(a, ok)
	println(named())
outer:
	for i := range count(3) {
		for j := range count(3) {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			println(i, j)
		}
	}
	var fs [3]func() int
	for i := range count(3) {
		fs[i] = func() int { return i }
	}
	println(fs[0](), fs[1](), fs[2]())
	var last int
	for last = range count(4) {
	}
	println("last", last)
}
