package main

type counter struct{ n int }

func (c *counter) inc(by int) int { c.n += by; return c.n }

func adder(base int) func(int) int {
	return func(x int) int { base += x; return base }
}

func apply(f func(int) int, v int) int { return f(v) }

func main() {
	add := adder(10)
	println(add(1), add(2))
	c := &counter{}
	inc := c.inc // a method value: binds c
	println(apply(inc, 3), apply(inc, 4))
	sq := func(x int) int { return x * x }
	println(apply(sq, 5))
}
