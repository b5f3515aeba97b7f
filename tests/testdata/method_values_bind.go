package main

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int     { return c.n }
func (c *Counter) Inc()        { c.n++ }
func (c Counter) Label() string { return c.name }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Ints []int

func (s Ints) Sum() (t int) {
	for _, v := range s {
		t += v
	}
	return
}

func (s *Ints) Add(v int) { *s = append(*s, v) }

func main() {
	c := Counter{"c", 1}
	get := c.Get
	inc := c.Inc
	inc()
	inc()
	println(get(), c.n, c.Get())
	pc := &c
	get2 := pc.Get
	pc.n = 100
	println(get2(), c.Get())
	f := Counter.Label
	g := (*Counter).Inc
	g(&c)
	println(f(c), c.n)
	add := Op(func(a, b int) int { return a + b })
	println(add.Apply(2, 3), Op.Apply(add, 4, 5))
	apply := add.Apply
	println(apply(10, 20))
	var s Ints
	s.Add(1)
	s.Add(2)
	adder := s.Add
	adder(3)
	println(len(s), s.Sum())
	sum := s.Sum
	s.Add(4)
	println(sum(), s.Sum())
	funcs := map[string]func(){"inc": c.Inc}
	funcs["inc"]()
	println(c.n)
}
