package main

// A generic singly linked list with a recursive node type.

type Node[T any] struct {
	val  T
	next *Node[T]
}

type List[T any] struct {
	head, tail *Node[T]
	size       int
}

func (l *List[T]) PushBack(v T) {
	n := &Node[T]{val: v}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.next = n
	}
	l.tail = n
	l.size++
}

func (l *List[T]) PushFront(v T) {
	l.head = &Node[T]{v, l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.size++
}

func (l *List[T]) At(i int) T {
	n := l.head
	for ; i > 0; i-- {
		n = n.next
	}
	return n.val
}

func (l *List[T]) Reverse() {
	var prev *Node[T]
	cur := l.head
	l.tail = cur
	for cur != nil {
		next := cur.next
		cur.next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l *List[T]) Print() {
	print("[")
	for n := l.head; n != nil; n = n.next {
		if n != l.head {
			print(" ")
		}
		print(n.val)
	}
	println("]")
}

func Sum[T int | float64 | string](l *List[T]) T {
	var total T
	for n := l.head; n != nil; n = n.next {
		total += n.val
	}
	return total
}

func Index[T comparable](l *List[T], v T) int {
	i := 0
	for n := l.head; n != nil; n = n.next {
		if n.val == v {
			return i
		}
		i++
	}
	return -1
}

func main() {
	var l List[int]
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(0)
	l.Print()
	println(l.size, l.At(3), Sum(&l), Index(&l, 40), Index(&l, 41))
	l.Reverse()
	l.Print()
	println(l.tail.val, l.head.val)

	words := &List[string]{}
	words.PushBack("go")
	words.PushBack("py")
	words.PushFront("tiny")
	words.Print()
	println(Sum(words), Index(words, "py"))

	fl := &List[float64]{}
	fl.PushBack(0.25)
	fl.PushBack(0.5)
	println(Sum(fl))

	var empty List[bool]
	empty.Print()
	empty.Reverse()
	println(empty.size, empty.head == nil)
}
