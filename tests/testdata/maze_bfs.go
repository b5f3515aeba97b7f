package main

var maze = []string{
	"##########",
	"#S.....#.#",
	"#.##.#.#.#",
	"#.#..#...#",
	"#.#.####.#",
	"#...#..#.#",
	"###.#.##.#",
	"#.....#.E#",
	"##########",
}

type P struct{ r, c int }

func solve(m []string) (int, []P) {
	var start, end P
	for r, row := range m {
		for c := range row {
			switch row[c] {
			case 'S':
				start = P{r, c}
			case 'E':
				end = P{r, c}
			}
		}
	}
	prev := map[P]P{start: start}
	queue := []P{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			break
		}
		for _, d := range [4]P{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := P{cur.r + d.r, cur.c + d.c}
			if m[n.r][n.c] == '#' {
				continue
			}
			if _, seen := prev[n]; seen {
				continue
			}
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	if _, ok := prev[end]; !ok {
		return -1, nil
	}
	var path []P
	for p := end; p != start; p = prev[p] {
		path = append(path, p)
	}
	return len(path), path
}

func main() {
	n, path := solve(maze)
	println("length", n)
	grid := make([][]byte, len(maze))
	for i := range maze {
		grid[i] = []byte(maze[i])
	}
	for _, p := range path[1:] {
		grid[p.r][p.c] = '*'
	}
	for _, row := range grid {
		println(string(row))
	}
	blocked := append([]string(nil), maze...)
	blocked[7] = "#.....#X.#"
	blocked[6] = "###.#.##X#"
	n2, _ := solve(blocked)
	println("blocked", n2)
}
