package main

func search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if !f(m) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func isqrt(x uint64) uint64 {
	return uint64(search(1<<31-1, func(i int) bool { return uint64(i)*uint64(i) > x })) - 1
}

func main() {
	xs := []int{1, 3, 3, 5, 8, 13, 21, 34}
	for _, t := range []int{0, 1, 3, 4, 34, 35} {
		i := search(len(xs), func(i int) bool { return xs[i] >= t })
		found := i < len(xs) && xs[i] == t
		println(t, i, found)
	}
	for _, v := range []uint64{0, 1, 15, 16, 1000000, 4294836225} {
		println(v, isqrt(v))
	}
	words := []string{"apple", "banana", "cherry", "date", "fig"}
	for _, w := range []string{"a", "cherry", "egg", "zz"} {
		println(w, search(len(words), func(i int) bool { return words[i] >= w }))
	}
}
