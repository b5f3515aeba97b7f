package main

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func classify(n int) string {
	s := ""
	switch {
	case n < 0:
		s += "neg "
		fallthrough
	case n == 0:
		s += "nonpos "
	case n > 100:
		s += "big "
		fallthrough
	case n > 10:
		s += "gt10 "
		fallthrough
	default:
		s += "any"
	}
	return s
}

func findPair(xs []int, target int) (int, int) {
	i, j := -1, -1
outer:
	for a := range xs {
		for b := a + 1; b < len(xs); b++ {
			switch {
			case xs[a]+xs[b] == target:
				i, j = a, b
				break outer
			case xs[a]+xs[b] > 1000:
				continue outer
			}
		}
	}
	return i, j
}

func main() {
	println(gcd(48, 18), gcd(17, 5), gcd(0, 9))
	for _, n := range []int{-5, 0, 5, 50, 500} {
		println(n, classify(n))
	}
	println(findPair([]int{1, 5, 9, 13, 2000, 7}, 20))
	println(findPair([]int{1, 2}, 99))
	i := 0
next:
	if i < 5 {
		print(i)
		i++
		goto next
	}
	println()
	x := 3
	switch x {
	case 1, 2:
		println("small")
	case 3:
		if x > 2 {
			break
		}
		println("not reached")
	default:
		println("default")
	}
	println("done")
}
