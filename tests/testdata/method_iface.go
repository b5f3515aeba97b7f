package main

type Shape interface {
	Area() int
	Scale(k int) Shape
}

type Sq struct{ s int }

func (q Sq) Area() int           { return q.s * q.s }
func (q Sq) Scale(k int) Shape   { return Sq{q.s * k} }

type Rect struct{ w, h int }

func (r *Rect) Area() int         { return r.w * r.h }
func (r *Rect) Scale(k int) Shape { return &Rect{r.w * k, r.h * k} }

func main() {
	var sh Shape = Sq{3}
	f := sh.Area
	sh = &Rect{2, 5}
	println(f(), sh.Area())
	area := Shape.Area
	println(area(Sq{4}), area(sh))
	sc := Shape.Scale
	println(sc(sh, 2).Area())
	defer sh.Scale(3).Area()
	defer println("deferred")
	g := sh.Scale
	println(g(10).Area())
}
