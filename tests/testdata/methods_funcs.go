package main

type Point struct{ X, Y int }

func (p Point) Sum() int      { return p.X + p.Y }
func (p *Point) Scale(k int)  { p.X *= k; p.Y *= k }
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

type Named struct {
	Point
	Name string
}

type Ref struct {
	*Point
	tag int
}

type Outer struct {
	Named
	n int
}

func main() {
	p := Point{1, 2}
	println(p.Sum())
	p.Scale(3)
	println(p.X, p.Y)
	pp := &p
	println(pp.Sum())
	pp.Scale(2)
	println(p.X, p.Y)

	n := Named{Point{4, 5}, "n"}
	println(n.Sum())
	n.Scale(10)
	println(n.X, n.Y, n.Name)

	r := Ref{&Point{7, 8}, 1}
	println(r.Sum())
	r.Scale(2)
	println(r.X, r.Y)

	o := Outer{Named{Point{1, 1}, "o"}, 3}
	o.Scale(5)
	println(o.Sum())

	f := p.Sum
	p.X = 1000
	println(f())
	g := pp.Scale
	g(2)
	println(p.X, p.Y)
	h := n.Sum
	println(h())

	se := Point.Sum
	println(se(Point{3, 4}))
	sc := (*Point).Scale
	q := Point{1, 1}
	sc(&q, 9)
	println(q.X, q.Y)
	ps := (*Point).Sum
	println(ps(&q))
	ns := Named.Sum
	println(ns(n))
	add := p.Add
	println(add(Point{1, 1}).Sum())
	os := (*Outer).Scale
	os(&o, 2)
	println(o.X, o.Y)
}
