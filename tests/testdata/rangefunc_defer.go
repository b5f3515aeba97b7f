package main

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("iterator done", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func sum() (total int) {
	defer func() { println("sum returns", total) }()
	for x := range seq(4) {
		defer func() { total += x * 100 }()
		total += x
	}
	return total
}

func safe() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "recovered " + r.(string)
		}
	}()
	for x := range seq(5) {
		if x == 2 {
			panic("in body")
		}
	}
	return "no panic"
}

func main() {
	println(sum())
	println(safe())
}
