package main

func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func enumerate(words [4]string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func firstProduct(target int) (int, int, bool) {
	for i := range upto(10) {
		for j := range upto(10) {
			if i*j == target {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

func main() {
	i, j, ok := firstProduct(42)
	println(i, j, ok)
	i, j, ok = firstProduct(97)
	println(i, j, ok)
	words := [4]string{"go", "wasm", "tiny", "py"}
	for i, w := range enumerate(words) {
		if w == "tiny" {
			break
		}
		println(i, w)
	}
	count := 0
outer:
	for a := range upto(5) {
		switch {
		case a == 2:
			continue outer
		case a == 4:
			break outer
		}
		for b := range upto(a) {
			count += b
		}
	}
	println("count", count)
}
