package main

func insertion(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func quick(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quick(a[:j+1])
	quick(a[i:])
}

func mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	m := len(a) / 2
	l, r := mergeSort(a[:m]), mergeSort(a[m:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out = append(out, l[0])
			l = l[1:]
		} else {
			out = append(out, r[0])
			r = r[1:]
		}
	}
	out = append(out, l...)
	return append(out, r...)
}

func heapSort(a []int) {
	n := len(a)
	sift := func(i, n int) {
		for {
			c := 2*i + 1
			if c >= n {
				return
			}
			if c+1 < n && a[c+1] > a[c] {
				c++
			}
			if a[i] >= a[c] {
				return
			}
			a[i], a[c] = a[c], a[i]
			i = c
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		sift(i, n)
	}
	for end := n - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		sift(0, end)
	}
}

func gen(n int, seed uint32) []int {
	out := make([]int, n)
	for i := range out {
		seed = seed*1664525 + 1013904223
		out[i] = int(seed>>16) % 1000
	}
	return out
}

func check(name string, a []int) {
	for i := 1; i < len(a); i++ {
		if a[i-1] > a[i] {
			println(name, "NOT SORTED at", i)
			return
		}
	}
	sum := 0
	for _, v := range a {
		sum += v
	}
	println(name, "ok", len(a), sum, a[0], a[len(a)-1])
}

func main() {
	a := gen(200, 1)
	insertion(a)
	check("insertion", a)
	b := gen(500, 2)
	quick(b)
	check("quick", b)
	c := mergeSort(gen(333, 3))
	check("merge", c)
	d := gen(400, 4)
	heapSort(d)
	check("heap", d)
	small := []int{5, 2, 9, 1}
	quick(small)
	println(small[0], small[1], small[2], small[3])
}
