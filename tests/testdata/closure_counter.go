package main

type Counter struct {
	inc   func() int
	get   func() int
	reset func()
}

func newCounter(step int) Counter {
	n := 0
	return Counter{
		inc:   func() int { n += step; return n },
		get:   func() int { return n },
		reset: func() { n = 0 },
	}
}

func gen(start int) func() int {
	return func() int {
		start++
		return start
	}
}

func main() {
	c := newCounter(3)
	c.inc()
	c.inc()
	println(c.get())
	c.reset()
	println(c.get(), c.inc())
	d := newCounter(1)
	d.inc()
	println(c.get(), d.get())
	g1, g2 := gen(10), gen(100)
	println(g1(), g1(), g2(), g1(), g2())
}
