package main

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) Push(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) Reverse() {
	var prev *Node
	for n := l.head; n != nil; {
		next := n.Next
		n.Next = prev
		prev, n = n, next
	}
	l.head = prev
}

func (l *List) Print() {
	for n := l.head; n != nil; n = n.Next {
		print(n.Val, "->")
	}
	println("nil", l.size)
}

func (l *List) RemoveIf(pred func(int) bool) {
	pp := &l.head
	for *pp != nil {
		if pred((*pp).Val) {
			*pp = (*pp).Next
			l.size--
		} else {
			pp = &(*pp).Next
		}
	}
}

func middle(h *Node) *Node {
	slow, fast := h, h
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	return slow
}

func main() {
	var l List
	for i := 1; i <= 10; i++ {
		l.Push(i * i)
	}
	l.Print()
	l.Reverse()
	l.Print()
	l.RemoveIf(func(v int) bool { return v%2 == 0 })
	l.Print()
	println(middle(l.head).Val)
	c := &Node{1, nil}
	c.Next = &Node{2, c}
	println(c.Next.Next == c, c.Next.Next.Next.Val)
}
