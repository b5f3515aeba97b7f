package main

type T struct{ s string }

func (t T) Show(tag string) { println("value", tag, t.s) }
func (t *T) PShow(tag string) { println("pointer", tag, t.s) }

func show(a int, b string) { println("show", a, b) }

func get(n int) int {
	println("evaluating", n)
	return n
}

func main() {
	x := 1
	defer show(x, "first")
	x = 2
	defer show(get(x), "second")
	t := T{"old"}
	defer t.Show("v")
	defer t.PShow("p")
	pt := &t
	defer pt.Show("pv")
	t.s = "new"
	f := func(n int) { println("f", n) }
	defer f(x)
	f = func(n int) { println("g", n) }
	defer print("print ", 3, "\n")
	defer func(a, b int) { println("lit", a+b) }(x, 10)
	println("body done")
}
