package main

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ w, h float64 }
type Circle struct{ r float64 }

func (r Rect) Area() float64    { return r.w * r.h }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.r * c.r }
func (c *Circle) Name() string  { return "circle" }

func apply(fs []func() float64) float64 {
	t := 0.0
	for _, f := range fs {
		t += f()
	}
	return t
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Rect{1, 1}}
	var fs []func() float64
	var names []func() string
	for _, s := range shapes {
		fs = append(fs, s.Area)
		names = append(names, s.Name)
	}
	println(apply(fs))
	for _, n := range names {
		print(n(), " ")
	}
	println()
	area := Shape.Area
	println(area(Rect{5, 5}))
	c := &Circle{2}
	var s Shape = c
	f := s.Area
	c.r = 10
	println(f())
	var nilShape Shape
	defer func() { println("recovered:", recover() != nil) }()
	g := nilShape.Area
	println("not reached", g == nil)
}
