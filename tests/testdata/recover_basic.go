package main

func safeDiv(a, b int) (q int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return a / b, true
}

func helper() bool { return recover() != nil }

func notDirect() (res string) {
	defer func() {
		if helper() {
			res = "helper recovered (wrong)"
		}
	}()
	defer func() {
		recover()
		res = "direct recovered"
	}()
	panic("x")
}

func index(i int) (v int) {
	defer func() {
		recover()
	}()
	a := [3]int{1, 2, 3}
	v = 7
	return a[i]
}

func nested() {
	defer func() {
		recover()
		println("outer recovered")
	}()
	func() {
		defer println("inner deferred")
		panic("inner")
	}()
	println("not reached")
}

func deep(n int) int {
	if n == 0 {
		panic("bottom")
	}
	return deep(n-1) + 1
}

func catchDeep() (r int) {
	defer func() {
		recover()
		r = -1
	}()
	return deep(10)
}

func main() {
	println(recover() == nil)
	q, ok := safeDiv(7, 2)
	println(q, ok)
	q, ok = safeDiv(7, 0)
	println(q, ok)
	println(notDirect())
	println(index(1), index(5))
	nested()
	println(catchDeep())
	var p *int
	func() {
		defer func() {
			println("nil deref recovered:", recover() != nil)
		}()
		println(*p)
	}()
	println("end")
}
