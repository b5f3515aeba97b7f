package main

func step(cells []bool, rule uint8) []bool {
	next := make([]bool, len(cells))
	for i := range cells {
		var l, c, r uint8
		if i > 0 && cells[i-1] {
			l = 4
		}
		if cells[i] {
			c = 2
		}
		if i+1 < len(cells) && cells[i+1] {
			r = 1
		}
		next[i] = rule>>(l|c|r)&1 == 1
	}
	return next
}

func render(cells []bool) string {
	b := make([]byte, len(cells))
	for i, c := range cells {
		b[i] = " #"[map[bool]int{false: 0, true: 1}[c]]
	}
	return string(b)
}

func main() {
	for _, rule := range []uint8{110, 30, 90} {
		println("rule", rule)
		cells := make([]bool, 31)
		cells[len(cells)/2] = true
		if rule == 110 {
			cells = make([]bool, 31)
			cells[30] = true
		}
		for g := 0; g < 12; g++ {
			println("|" + render(cells) + "|")
			cells = step(cells, rule)
		}
	}
}
