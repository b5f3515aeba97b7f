// Promoted fields in struct literals (go1.27): keys may name fields of
// embedded structs, at any depth; the other fields stay zero.
package main

type Point struct{ X, Y int }

type Inner struct {
	Z    int
	Name string
}

type Mid struct {
	Inner
	M int
}

type Shape struct {
	Point
	Mid
	Label string
	Next  *Shape
}

type Gen[T any] struct {
	Box[T]
	n int
}

type Box[T any] struct{ v T }

var global = Shape{X: 7, Z: 9, Label: "g"}

func mk(x int) Shape {
	return Shape{Y: x * 2, X: x, Name: "mk", M: -1}
}

func main() {
	s := Shape{X: 1, Y: 2, Label: "s"}
	println(s.X, s.Y, s.Point.X, s.Z, s.M, s.Label, s.Next == nil)
	t := Shape{Z: 3, Name: "deep", M: 4}
	println(t.X, t.Inner.Z, t.Mid.Inner.Name, t.M)
	println(global.X, global.Z, global.Label)
	m := mk(5)
	println(m.X, m.Y, m.Name, m.M)
	p := &Shape{Y: 8, Next: &Shape{X: 10}}
	println(p.Y, p.Next.X, p.Next.Next == nil)
	g := Gen[string]{v: "boxed", n: 2}
	println(g.v, g.n)
	arr := []Shape{{X: 1}, {Y: 2, Z: 3}}
	println(arr[0].X, arr[1].Y, arr[1].Z)
	mp := map[string]Mid{"a": {Z: 11, M: 12}}
	println(mp["a"].Z, mp["a"].M)
}
