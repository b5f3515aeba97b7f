package main

type code int

func fail(n int) {
	if n == 3 {
		panic(code(n * 7))
	}
}

func main() {
	for i := 0; i < 5; i++ {
		fail(i)
	}
}
