package main

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ w, h float64 }
type Circle struct{ r float64 }
type Square struct{ side int }

func (r Rect) Area() float64    { return r.w * r.h }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.r * c.r }
func (c *Circle) Name() string  { return "circle" }
func (s Square) Area() float64  { return float64(s.side * s.side) }
func (s Square) Name() string   { return "square" }

func describe(s Shape) {
	println(s.Name(), s.Area())
}

func total(shapes [3]Shape) float64 {
	sum := 0.0
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum
}

func main() {
	r := Rect{2, 3}
	c := &Circle{1}
	describe(r)
	describe(c)
	describe(Square{4})
	println(total([3]Shape{r, c, Square{2}}))
	var s Shape
	println(s == nil)
	s = r
	println(s != nil, s == Shape(Rect{2, 3}), s == Shape(Rect{3, 2}))
	s = c
	println(s == Shape(c), s == Shape(&Circle{1}))
}
