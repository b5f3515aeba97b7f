package main

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = "division by zero"
		}
	}()
	q = a / b
	return
}

func cleanup(name string) { println("cleanup", name) }

func work(n int) {
	defer cleanup("work")
	for i := 0; i < n; i++ {
		defer println("deferred", i)
	}
	if n > 2 {
		panic("too many")
	}
}

func main() {
	println(safeDiv(7, 2))
	println(safeDiv(1, 0))
	work(2)
}
