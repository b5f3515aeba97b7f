package main

// Generic types embedding other generic types: promoted fields, layouts per instance.

type Base[T any] struct {
	id  int
	val T
}

func (b *Base[T]) SetVal(v T) { b.val = v }

func (b Base[T]) Val() T { return b.val }

type Named[T any] struct {
	Base[T]
	name string
}

type Tagged[K comparable, V any] struct {
	*Base[V]
	key K
}

type Grid[T any] struct {
	cells [2][3]T
	Named[[2]T]
}

func NewNamed[T any](name string, v T) Named[T] {
	n := Named[T]{name: name}
	n.id = len(name)
	n.Base.SetVal(v)
	return n
}

func Get[T any](n *Named[T]) T { return n.Base.Val() }

func main() {
	n := NewNamed("seven", 7)
	println(n.name, n.id, n.val, Get(&n), n.Base.Val())
	s := NewNamed("str", "value")
	s.val += "!"
	println(s.name, s.id, s.val)

	t := Tagged[string, float64]{&Base[float64]{id: 1}, "k"}
	t.Base.SetVal(2.5)
	println(t.key, t.id, t.val, t.Base.Val())

	var g Grid[int16]
	g.cells[1][2] = 5
	g.name = "grid"
	g.val[1] = 9
	g.Base.SetVal([2]int16{3, g.val[1]})
	println(g.cells[1][2], g.name, g.val[0], g.val[1], g.id)
}
