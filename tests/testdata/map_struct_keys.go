package main

type Point struct{ X, Y int }

type Edge struct {
	From, To Point
	Label    string
}

func main() {
	grid := map[Point]rune{}
	for y := 0; y < 5; y++ {
		for x := 0; x < 5; x++ {
			if (x+y)%3 == 0 {
				grid[Point{x, y}] = '#'
			}
		}
	}
	for y := 0; y < 5; y++ {
		for x := 0; x < 5; x++ {
			if c, ok := grid[Point{x, y}]; ok {
				print(string(c))
			} else {
				print(".")
			}
		}
		println()
	}
	edges := map[Edge]int{}
	edges[Edge{Point{0, 0}, Point{1, 1}, "a"}] = 1
	edges[Edge{Point{0, 0}, Point{1, 1}, "b"}] = 2
	edges[Edge{Point{0, 0}, Point{1, 1}, "a"}] += 10
	println(len(edges), edges[Edge{Point{0, 0}, Point{1, 1}, "a"}])
	arr := map[[3]int]string{{1, 2, 3}: "x", {3, 2, 1}: "y"}
	println(arr[[3]int{1, 2, 3}], arr[[3]int{3, 2, 1}], len(arr[[3]int{}]))
	ptrs := map[*Point]int{}
	p1, p2 := &Point{1, 1}, &Point{1, 1}
	ptrs[p1] = 1
	ptrs[p2] = 2
	println(len(ptrs), ptrs[p1], ptrs[p2])
}
