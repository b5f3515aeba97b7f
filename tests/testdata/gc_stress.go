package main

import "runtime"

// Long-lived objects reachable in many ways survive collections triggered
// by many short-lived allocations; every check compares against values
// recomputed from scratch, so a freed-and-reused object shows up as wrong data.

type Node struct {
	left, right *Node
	id          int
}

type Pair struct {
	a    *Node
	name string
	b    *[8]int
}

type Holder interface {
	Sum() int
}

type Box struct {
	vals [16]int
	next *Box
}

func (b *Box) Sum() int {
	s := 0
	for b != nil {
		for i := 0; i < len(b.vals); i++ {
			s += b.vals[i]
		}
		b = b.next
	}
	return s
}

func tree(d, id int) *Node {
	if d == 0 {
		return &Node{id: id}
	}
	return &Node{tree(d-1, 2*id), tree(d-1, 2*id+1), id}
}

func treeSum(n *Node) int {
	if n == nil {
		return 0
	}
	return n.id + treeSum(n.left) + treeSum(n.right)
}

func boxes(n, seed int) *Box {
	var head *Box
	for i := 0; i < n; i++ {
		b := &Box{next: head}
		for j := 0; j < len(b.vals); j++ {
			b.vals[j] = seed + i*j
		}
		head = b
	}
	return head
}

// garbage allocates n short-lived objects of assorted sizes, fills them and
// returns a checksum, so that reused memory gets overwritten.
func garbage(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		switch i % 4 {
		case 0:
			s += treeSum(tree(3, i))
		case 1:
			s += boxes(2, i).Sum()
		case 2:
			p := new([100]int)
			for j := 0; j < len(p); j++ {
				p[j] = i + j
			}
			s += p[99]
		case 3:
			str := "x" + itoa(i)
			s += len(str)
		}
	}
	return s
}

var digits = [10]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = digits[n%10] + s
		n /= 10
	}
	return s
}

var globalTree *Node
var globalPair Pair
var globalArr [4]*Node
var globalIface Holder
var globalField *int

func expect(what string, got, want int) {
	if got != want {
		println("FAIL", what, got, want)
		panic("gc corrupted " + what)
	}
}

func main() {
	globalTree = tree(8, 1)
	globalPair = Pair{tree(4, 1), "pair-" + itoa(42), new([8]int)}
	for i := 0; i < 8; i++ {
		globalPair.b[i] = i * i
	}
	for i := 0; i < len(globalArr); i++ {
		globalArr[i] = tree(i+2, i+1)
	}
	globalIface = boxes(5, 7)
	fb := boxes(1, 3)
	globalField = &fb.vals[5] // interior pointer: the only reference to fb's box

	localTree := tree(6, 1)
	localStr := "local-" + itoa(12345)
	var localIface Holder = boxes(3, 11)
	var arr [3]*Box
	for i := 0; i < len(arr); i++ {
		arr[i] = boxes(2, 100*i)
	}
	inner := &tree(5, 9).left.right // interior pointer into a node whose parents are garbage
	want := treeSum(*inner)
	total := 0
	for round := 0; round < 30; round++ {
		total += garbage(300)
		if round%5 == 0 {
			runtime.GC()
		}
		expect("globalTree", treeSum(globalTree), treeSum(tree(8, 1)))
		expect("localTree", treeSum(localTree), treeSum(tree(6, 1)))
		expect("localStr", len(localStr), 11)
		expect("localIface", localIface.Sum(), boxes(3, 11).Sum())
		expect("globalIface", globalIface.Sum(), boxes(5, 7).Sum())
		expect("globalPair.a", treeSum(globalPair.a), treeSum(tree(4, 1)))
		expect("globalPair.b", globalPair.b[7], 49)
		expect("globalField", *globalField, 3)
		expect("inner", treeSum(*inner), want)
		for i := 0; i < len(globalArr); i++ {
			expect("globalArr", treeSum(globalArr[i]), treeSum(tree(i+2, i+1)))
		}
		for i := 0; i < len(arr); i++ {
			expect("arr", arr[i].Sum(), boxes(2, 100*i).Sum())
		}
	}
	println(localStr, globalPair.name, total)
	println("ok")
}
