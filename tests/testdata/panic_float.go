package main

type label string

func main() {
	println("start")
	var x any = label("bad")
	if x != nil {
		panic(x)
	}
}
