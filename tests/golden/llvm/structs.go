package main

type Point struct{ X, Y int }

type Segment struct {
	A, B  Point
	Label string
	Next  *Segment
}

func move(p Point, dx int) Point { p.X += dx; return p }

func main() {
	s := Segment{A: Point{1, 2}, B: Point{3, 4}, Label: "s"}
	t := s // struct copy
	t.A = move(t.A, 5)
	println(s == t, s.A == Point{1, 2}, t.A.X)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	g2 := grid
	g2[1][2] = 0
	println(grid == g2, grid[1][2])
	s.Next = &t
	var iface any = s.A
	println(iface == any(Point{1, 2}))
}
