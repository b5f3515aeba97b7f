package main

type Grid [4][4]int

func (g *Grid) Set(x, y, v int) { g[y][x] = v }

func main() {
	var g Grid
	for i := 0; i < 4; i++ {
		g.Set(i, i, i+1)
	}
	println(g[3][3], g[0][0])
	g.Set(2, 4, 1)
}
