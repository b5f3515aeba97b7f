package main

func cleanup(name string) {
	println("cleanup", name)
}

func level3() {
	defer cleanup("level3")
	var m map[string]int
	m["x"]++
}

func level2() {
	defer cleanup("level2")
	level3()
}

func main() {
	defer cleanup("main")
	level2()
	println("not reached")
}
