package main

type Handler func(int) int

func main() {
	handlers := map[string]Handler{"double": func(x int) int { return 2 * x }}
	println(handlers["double"](21))
	h := handlers["triple"]
	println(h == nil)
	println(h(1))
}
