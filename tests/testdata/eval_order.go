package main

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func show() {
	for _, s := range trace {
		print(s, " ")
	}
	println()
	trace = trace[:0]
}

func get() (int, int) { return t("g1", 1), t("g2", 2) }

func main() {
	a := []int{0, 0, 0, 0}
	i := 1
	i, a[i] = 2, 9
	println(i, a[1], a[2])
	a[t("idx", 0)] = t("val", 5) + t("val2", 1)
	show()
	x, y := t("x", 1), t("y", 2)
	x, y = y, x
	println(x, y)
	show()
	m := map[int]int{}
	m[t("k", 1)] += t("v", 10)
	show()
	println(t("a", 1) + t("b", 2)*t("c", 3))
	show()
	f := func(a, b, c int) int { return a*100 + b*10 + c }
	println(f(t("p1", 1), t("p2", 2), t("p3", 3)))
	show()
	p, q := get()
	println(p, q)
	show()
	s := []int{1, 2, 3}
	j := 0
	j, s[j] = 1, 100
	println(j, s[0], s[1])
	arr := [3]int{1, 2, 3}
	arr[0], arr[1], arr[2] = arr[2], arr[0], arr[1]
	println(arr[0], arr[1], arr[2])
	b := t("and1", 0) == 1 && t("and2", 1) == 1
	c := t("or1", 1) == 1 || t("or2", 1) == 1
	println(b, c)
	show()
}
