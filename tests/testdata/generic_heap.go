package main

// A generic binary heap with a comparison method constraint; mutually recursive generic
// types; receiver type parameters named differently from the declaration's.

type Lesser[T any] interface {
	Less(T) bool
}

type Heap[T Lesser[T]] struct {
	data [32]T
	n    int
}

func (h *Heap[E]) Push(x E) {
	h.data[h.n] = x
	i := h.n
	h.n++
	for i > 0 {
		p := (i - 1) / 2
		if !h.data[i].Less(h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[Elem]) Pop() Elem {
	top := h.data[0]
	h.n--
	h.data[0] = h.data[h.n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < h.n && h.data[l].Less(h.data[m]) {
			m = l
		}
		if r < h.n && h.data[r].Less(h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top
}

func (h *Heap[_]) Len() int { return h.n }

type Int int

func (a Int) Less(b Int) bool { return a < b }

type Task struct {
	prio int
	name string
}

func (a Task) Less(b Task) bool {
	if a.prio != b.prio {
		return a.prio > b.prio
	}
	return a.name < b.name
}

func Drain[T Lesser[T]](h *Heap[T]) [32]T {
	var out [32]T
	for i := 0; h.Len() > 0; i++ {
		out[i] = h.Pop()
	}
	return out
}

// mutually recursive generic types
type Tree[T any] struct {
	val      T
	children *Forest[T]
}

type Forest[T any] struct {
	first *Tree[T]
	rest  *Forest[T]
}

func (t *Tree[T]) Size() int {
	n := 1
	for f := t.children; f != nil; f = f.rest {
		n += f.first.Size()
	}
	return n
}

func Leaf[T any](v T) *Tree[T] { return &Tree[T]{val: v} }

func Node[T any](v T, a, b *Tree[T]) *Tree[T] {
	return &Tree[T]{v, &Forest[T]{a, &Forest[T]{b, nil}}}
}

func main() {
	var h Heap[Int]
	for _, v := range [...]Int{5, 3, 8, 1, 9, 2, 7} {
		h.Push(v)
	}
	out := Drain(&h)
	for i := 0; i < 7; i++ {
		print(out[i], " ")
	}
	println()
	var th Heap[Task]
	th.Push(Task{1, "low"})
	th.Push(Task{5, "urgent"})
	th.Push(Task{3, "mid-b"})
	th.Push(Task{3, "mid-a"})
	for th.Len() > 0 {
		t := th.Pop()
		println(t.prio, t.name)
	}
	t := Node("root", Node("a", Leaf("a1"), Leaf("a2")), Leaf("b"))
	println(t.Size(), t.children.first.val, Node(1.5, Leaf(1.0), Leaf(2.0)).Size())
}
