package main

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

type node struct {
	next *node
	v    int
}

func sumList(n *node) int {
	if n == nil {
		return 0
	}
	return n.v + sumList(n.next)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func main() {
	println(depth(10000))
	var head *node
	for i := 0; i < 10000; i++ {
		head = &node{head, i % 7}
	}
	println(sumList(head))
	println(ackermann(2, 3), ackermann(3, 5))
}
