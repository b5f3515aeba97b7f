package main

type point struct {
	x, y int
}

func main() {
	s := make([]int, 3)
	println(len(s), cap(s), s[0], s[1], s[2])
	s[1] = 42
	s[2] = s[1] * 2
	println(s[0], s[1], s[2])

	t := make([]string, 2, 5)
	t[0] = "hello"
	println(len(t), cap(t), t[0], t[1] == "")

	var n int64 = 4
	u := make([]float64, n, n+2)
	u[3] = 1.5
	println(len(u), cap(u), u[3])

	ps := make([]point, 2)
	ps[1].x = 7
	ps[1].y = ps[1].x + 1
	p := &ps[0]
	p.y = 9
	println(ps[0].x, ps[0].y, ps[1].x, ps[1].y)

	var zero []byte = make([]byte, 0)
	println(len(zero), cap(zero), zero == nil)

	bs := make([]bool, 4)
	bs[2] = true
	for i, b := range bs {
		println(i, b)
	}

	// a slice of slices
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	for _, row := range grid {
		sum := 0
		for _, v := range row {
			sum += v
		}
		println(len(row), sum)
	}
}
