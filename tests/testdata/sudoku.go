package main

type Grid [9][9]uint8

func (g *Grid) ok(r, c int, v uint8) bool {
	for i := 0; i < 9; i++ {
		if g[r][i] == v || g[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if g[i][j] == v {
				return false
			}
		}
	}
	return true
}

func (g *Grid) solve() bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if g[r][c] != 0 {
				continue
			}
			for v := uint8(1); v <= 9; v++ {
				if g.ok(r, c, v) {
					g[r][c] = v
					if g.solve() {
						return true
					}
					g[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func parse(s string) Grid {
	var g Grid
	for i := 0; i < 81; i++ {
		if s[i] != '.' {
			g[i/9][i%9] = s[i] - '0'
		}
	}
	return g
}

func main() {
	g := parse("53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79")
	orig := g
	println(g.solve())
	for _, row := range g {
		for _, v := range row {
			print(v)
		}
		println()
	}
	println(orig[0][2], g[0][2], orig != g)
}
