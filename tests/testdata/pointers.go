package main

type point struct {
	x, y int
	name string
}

func (p *point) move(dx, dy int) {
	p.x += dx
	p.y += dy
}

func (p point) sum() int { return p.x + p.y }

func swap(a, b *int) {
	*a, *b = *b, *a
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	println(x, y)
	p := point{x: 1, y: 2, name: "p"}
	p.move(3, 4)
	println(p.x, p.y, p.name, p.sum())
	q := &point{10, 20, "q"}
	q.move(1, 1)
	println(q.x, q.y, q.sum())
	var arr [5]int
	for i := 0; i < len(arr); i++ {
		arr[i] = i * i
	}
	pa := &arr
	pa[2] = 100
	total := 0
	for _, v := range arr {
		total += v
	}
	println(arr[2], total, len(pa))
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	println(grid[1][2], grid[0][1])
}
