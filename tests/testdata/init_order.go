package main

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum(a, b, c, d)

var table = buildTable()

func f(name string, v int) int {
	println("init", name)
	return v * 10
}

func sum(xs ...int) int {
	println("init total")
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func buildTable() map[string]int {
	println("init table", total)
	return map[string]int{"a": a, "total": total}
}

func init() {
	println("init func 1", a, b, c, d)
	d = 4
}

func init() {
	println("init func 2", d, table["total"])
}

var x, y = pair()

func pair() (int, int) {
	println("init pair")
	return 7, 8
}

func main() {
	println("main", a, b, c, d, total, x, y)
}
