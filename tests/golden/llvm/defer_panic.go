package main

type myErr struct{ code int }

func (e *myErr) Error() string { return "code" }

func risky(n int) (res int) {
	defer func() {
		if r := recover(); r != nil {
			res = -1
		}
	}()
	if n < 0 {
		panic(&myErr{n})
	}
	return n * 2
}

func main() {
	defer println("done")
	println(risky(2), risky(-1))
	var xs []int
	func() {
		defer func() { println(recover() != nil) }()
		_ = xs[3] // index out of range: a runtime panic recovered
	}()
}
