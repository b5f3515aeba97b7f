package main

func cleanup(name string) { println("cleanup", name) }

func inner() {
	defer cleanup("inner")
	var a [2]int
	i := 5
	a[i%len(a)+2] = 1
}

func main() {
	defer println("main deferred")
	defer cleanup("main")
	inner()
	println("not reached")
}
