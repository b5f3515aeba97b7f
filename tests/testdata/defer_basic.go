package main

func hello(s string, n int) { println("deferred", s, n) }

type T struct{ name string }

func (t T) Show()   { println("show", t.name) }
func (t *T) PShow() { println("pshow", t.name) }

func f() (r int) {
	defer func() { r *= 2 }()
	r = 5
	return r + 1
}

func g() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func loop() {
	for i := 0; i < 3; i++ {
		defer println("loop", i)
	}
	for i := 0; i < 3; i++ {
		defer func() { println("closure", i) }()
	}
	println("loop body done")
}

func early(b bool) (s string) {
	defer func() { s += "!" }()
	if b {
		return "early"
	}
	return "late"
}

func main() {
	defer println("main done")
	n := 1
	defer hello("a", n)
	n = 2
	defer hello("b", n)
	t := T{"x"}
	defer t.Show()
	defer t.PShow()
	t.name = "y"
	println(f(), g())
	loop()
	println(early(true), early(false))
	fv := func(a int) { println("fv", a) }
	defer fv(7)
}
