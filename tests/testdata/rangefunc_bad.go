package main

func bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	for x := range bad {
		println("got", x)
		break
	}
	println("not reached")
}
