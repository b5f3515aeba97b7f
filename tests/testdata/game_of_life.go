package main

const W, H = 10, 8

type Board [H][W]bool

func (b *Board) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dx == 0 && dy == 0 {
				continue
			}
			xx, yy := (x+dx+W)%W, (y+dy+H)%H
			if b[yy][xx] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	var next Board
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := b.Neighbors(x, y)
			next[y][x] = n == 3 || n == 2 && b[y][x]
		}
	}
	return next
}

func (b *Board) String() string {
	out := make([]byte, 0, (W+1)*H)
	for _, row := range b {
		for _, c := range row {
			if c {
				out = append(out, '#')
			} else {
				out = append(out, '.')
			}
		}
		out = append(out, '\n')
	}
	return string(out)
}

func main() {
	var b Board
	glider := [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}}
	for _, p := range glider {
		b[p[1]][p[0]] = true
	}
	b[5][6], b[5][7], b[5][8] = true, true, true
	for gen := 0; gen < 4; gen++ {
		println("gen", gen)
		print(b.String())
		b = b.Step()
	}
	start := b
	for i := 0; i < 40; i++ {
		b = b.Step()
	}
	println(b == start)
}
