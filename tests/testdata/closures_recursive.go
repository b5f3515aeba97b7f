package main

func main() {
	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	println(isEven(10), isOdd(7), isEven(3))
	var perms func([]int, int) [][]int
	perms = func(a []int, k int) [][]int {
		if k == len(a) {
			return [][]int{append([]int(nil), a...)}
		}
		var out [][]int
		for i := k; i < len(a); i++ {
			a[k], a[i] = a[i], a[k]
			out = append(out, perms(a, k+1)...)
			a[k], a[i] = a[i], a[k]
		}
		return out
	}
	ps := perms([]int{1, 2, 3}, 0)
	for _, p := range ps {
		print(p[0], p[1], p[2], " ")
	}
	println(len(ps))
	gen := func() func() (int, bool) {
		stack := []int{1}
		seen := map[int]bool{}
		return func() (int, bool) {
			for len(stack) > 0 {
				n := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if seen[n] || n > 20 {
					continue
				}
				seen[n] = true
				stack = append(stack, n*2, n*3)
				return n, true
			}
			return 0, false
		}
	}()
	for {
		v, ok := gen()
		if !ok {
			break
		}
		print(v, " ")
	}
	println()
	adders := make([]func(int) int, 3)
	for i := range adders {
		base := i * 10
		adders[i] = func(x int) int {
			base += x
			return base
		}
	}
	println(adders[0](1), adders[0](1), adders[2](5), adders[1](0))
}
