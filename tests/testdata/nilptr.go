package main

type node struct{ val int }

func main() {
	var n *node
	println("about to crash")
	println(n.val)
}
