package main

func main() {
	println("hello, world")
	for i := 0; i < 3; i++ {
		println(i)
	}
}
