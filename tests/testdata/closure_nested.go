package main

func outer(a int) func(int) func(int) int {
	b := a * 2
	return func(c int) func(int) int {
		d := c + b
		return func(e int) int {
			a++
			return a + b + c + d + e
		}
	}
}

func main() {
	f := outer(1)
	g := f(10)
	println(g(100), g(100))
	h := f(20)
	println(h(0), g(0))
	x := 0
	add := func(n int) {
		func() {
			func() {
				x += n
			}()
		}()
	}
	add(5)
	add(7)
	println(x)
	s := "s"
	app := func(t string) { s = s + t }
	app("a")
	app("b")
	println(s)
	type pt struct{ x, y int }
	p := pt{1, 2}
	mv := func() { p.x += 10; p.y *= 3 }
	mv()
	println(p.x, p.y)
}
