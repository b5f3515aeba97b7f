package main

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type Counter struct{ n int }

func (c *Counter) Inc() *Counter { c.n++; return c }
func (c Counter) Get() int       { return c.n }

type IntList []int

type Stack struct {
	items [8]int
	top   int
}

func (s *Stack) Push(v int) { s.items[s.top] = v; s.top++ }
func (s *Stack) Pop() int   { s.top--; return s.items[s.top] }
func (s Stack) Len() int    { return s.top }

func main() {
	c := Celsius(100)
	println(c.ToF(), c.ToF().ToC(), Celsius(-40).ToF())
	var cnt Counter
	cnt.Inc().Inc().Inc()
	println(cnt.Get(), cnt.n)
	p := &cnt
	println(p.Get())
	var s Stack
	for i := 1; i <= 5; i++ {
		s.Push(i * i)
	}
	println(s.Len(), s.Pop(), s.Pop(), s.Len())
}
