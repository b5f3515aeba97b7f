package main

func transpose(m [][]int) [][]int {
	if len(m) == 0 {
		return nil
	}
	out := make([][]int, len(m[0]))
	for i := range out {
		out[i] = make([]int, len(m))
		for j := range m {
			out[i][j] = m[j][i]
		}
	}
	return out
}

func spiral(n int) [][]int {
	g := make([][]int, n)
	for i := range g {
		g[i] = make([]int, n)
	}
	x, y, dx, dy := 0, 0, 1, 0
	for k := 1; k <= n*n; k++ {
		g[y][x] = k
		nx, ny := x+dx, y+dy
		if nx < 0 || nx >= n || ny < 0 || ny >= n || g[ny][nx] != 0 {
			dx, dy = -dy, dx
			nx, ny = x+dx, y+dy
		}
		x, y = nx, ny
	}
	return g
}

func show(m [][]int) {
	for _, row := range m {
		for _, v := range row {
			if v < 10 {
				print(" ")
			}
			print(v, " ")
		}
		println()
	}
}

func main() {
	show(transpose([][]int{{1, 2, 3}, {4, 5, 6}}))
	show(spiral(5))
	var jag [][]string
	for i := 0; i < 4; i++ {
		row := []string{}
		for j := 0; j <= i; j++ {
			row = append(row, string(rune('a'+j)))
		}
		jag = append(jag, row)
	}
	println(len(jag), len(jag[3]), jag[3][3])
	flat := []int{}
	for _, r := range spiral(3) {
		flat = append(flat, r...)
	}
	println(len(flat), flat[4], flat[8])
	board := [3][3]byte{}
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	board[1][1] = 'X'
	b2 := board
	b2[0][0] = 'O'
	for _, row := range board {
		println(string(row[:]))
	}
	println(string(b2[0][:]))
}
