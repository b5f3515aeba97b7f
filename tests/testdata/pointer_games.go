package main

type Node struct {
	val  int
	next *Node
}

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int { return &v }

type Matrix [2][2]int

func (m *Matrix) Transpose() { m[0][1], m[1][0] = m[1][0], m[0][1] }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	println(x, y)
	p := newInt(5)
	q := newInt(5)
	println(*p == *q, p == q)
	pp := &p
	**pp = 7
	println(*p)
	arr := [4]int{1, 2, 3, 4}
	e := &arr[2]
	*e += 10
	s := arr[1:]
	s[0] = 20
	println(arr[1], arr[2])
	type T struct{ a, b int }
	t := T{1, 2}
	pb := &t.b
	*pb = 50
	println(t.b)
	ptrs := []*T{{1, 1}, {2, 2}}
	for _, pt := range ptrs {
		pt.a *= 10
	}
	println(ptrs[0].a, ptrs[1].a)
	var m Matrix = Matrix{{1, 2}, {3, 4}}
	m.Transpose()
	mp := &m
	mp.Transpose()
	mp.Transpose()
	println(m[0][1], m[1][0])
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := &head; *n != nil; n = &(*n).next {
		(*n).val *= 100
	}
	println(head.val, head.next.val, head.next.next.val)
	np := new(Node)
	println(np.val, np.next == nil)
	sp := new([]int)
	*sp = append(*sp, 1, 2)
	println(len(*sp))
	var nilNode *Node
	defer func() { println("recovered:", recover() != nil) }()
	println(nilNode.next)
}
