// Command binarytrees is the benchmarks game's binary-trees program: it
// allocates many short-lived trees while one long-lived tree stays alive.
// It exercises the garbage collector (go run main.go, default depth 20).
package main

type Node struct {
	left, right *Node
}

func bottomUpTree(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUpTree(depth - 1), bottomUpTree(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

// depth is a variable so that tests can run smaller trees by changing it
// (there is no os.Args yet).
var depth = 20

func main() {
	n := depth
	minDepth := 4
	maxDepth := n
	if minDepth+2 > n {
		maxDepth = minDepth + 2
	}
	stretchDepth := maxDepth + 1
	println("stretch tree of depth", stretchDepth, "\t check:", bottomUpTree(stretchDepth).check())
	longLivedTree := bottomUpTree(maxDepth)
	for d := minDepth; d <= maxDepth; d += 2 {
		iterations := 1 << uint(maxDepth-d+minDepth)
		check := 0
		for i := 0; i < iterations; i++ {
			check += bottomUpTree(d).check()
		}
		println(iterations, "\t trees of depth", d, "\t check:", check)
	}
	println("long lived tree of depth", maxDepth, "\t check:", longLivedTree.check())
}
