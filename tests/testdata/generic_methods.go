package main

// Constraints with methods: calls through the constraint become static calls of the type argument's method.

type Stringer interface {
	String() string
}

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ w, h int }

func (r Rect) Area() int     { return r.w * r.h }
func (r Rect) Name() string  { return "rect" }
func (r Rect) String() string { return "Rect" }

type Square struct{ side int }

func (s *Square) Area() int    { return s.side * s.side }
func (s *Square) Name() string { return "square" }
func (s *Square) Grow()        { s.side++ }

type Weekday int

func (d Weekday) String() string {
	switch d {
	case 0:
		return "Sun"
	case 1:
		return "Mon"
	}
	return "Day"
}

// a constraint with both a type term and a method
type IntStringer interface {
	~int
	String() string
}

func Show[T Stringer](x T) string { return "<" + x.String() + ">" }

func Total[S Shape](a, b S) int {
	println(a.Name(), a.Area(), b.Name(), b.Area())
	return a.Area() + b.Area()
}

func Next[T IntStringer](d T) string {
	d++
	return d.String()
}

type Grower interface {
	*Square
	Grow()
}

func GrowAll[P Grower](p P, n int) {
	for i := 0; i < n; i++ {
		p.Grow()
	}
}

type Wrapper[T Stringer] struct{ inner T }

func (w Wrapper[T]) String() string { return "[" + w.inner.String() + "]" }

func main() {
	println(Show(Rect{2, 3}), Show(Weekday(1)), Show(Weekday(5)))
	println(Total(Rect{2, 3}, Rect{4, 5}))
	println(Total(&Square{3}, &Square{4}))
	println(Next(Weekday(0)), Next(Weekday(1)))
	sq := &Square{1}
	GrowAll(sq, 4)
	println(sq.side)
	w := Wrapper[Weekday]{1}
	ww := Wrapper[Wrapper[Weekday]]{w}
	println(w.String(), Show(ww), Show(Wrapper[Rect]{}))
}
