package main

var letters = [5]string{"a", "b", "c", "d", "e"}

func work(n int) (log string) {
	for i := 0; i < n; i++ {
		defer func() { log += letters[i] }()
	}
	for i := range 3 {
		defer func(k int) { log += letters[4-k] }(i)
	}
	return "start:"
}

func counted() int {
	total := 0
	func() {
		for i := 1; i <= 4; i++ {
			defer func() { total += i }()
		}
	}()
	return total
}

func main() {
	println(work(4))
	println(work(0))
	println(counted())
	for i := 0; i < 2; i++ {
		defer println("main defer", i)
	}
}
