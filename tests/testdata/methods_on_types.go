package main

type Counter map[string]int

func (c Counter) Add(words ...string) {
	for _, w := range words {
		c[w]++
	}
}

func (c Counter) Top() (string, int) {
	best, n := "", -1
	for w, k := range c {
		if k > n || k == n && w < best {
			best, n = w, k
		}
	}
	return best, n
}

type Pred func(int) bool

func (p Pred) And(q Pred) Pred { return func(x int) bool { return p(x) && q(x) } }
func (p Pred) Not() Pred       { return func(x int) bool { return !p(x) } }

type Path []string

func (p Path) String() string {
	s := ""
	for _, e := range p {
		s += "/" + e
	}
	if s == "" {
		return "/"
	}
	return s
}

func (p *Path) Push(e string) { *p = append(*p, e) }
func (p *Path) Pop() string {
	old := *p
	e := old[len(old)-1]
	*p = old[:len(old)-1]
	return e
}

type Temp float64

func (t Temp) F() Temp { return t*9/5 + 32 }

type Bits uint8

func (b Bits) Has(i uint) bool  { return b&(1<<i) != 0 }
func (b *Bits) Set(i uint)     { *b |= 1 << i }
func (b Bits) String() string {
	s := ""
	for i := 7; i >= 0; i-- {
		if b.Has(uint(i)) {
			s += "1"
		} else {
			s += "0"
		}
	}
	return s
}

func main() {
	c := Counter{}
	c.Add("a", "b", "a", "c", "b", "a")
	println(c.Top())
	even := Pred(func(x int) bool { return x%2 == 0 })
	big := Pred(func(x int) bool { return x > 5 })
	f := even.And(big.Not())
	for i := 0; i < 10; i++ {
		if f(i) {
			print(i, " ")
		}
	}
	println()
	var p Path
	println(p.String())
	p.Push("usr")
	p.Push("local")
	p.Push("bin")
	println(p.String(), p.Pop(), p.String())
	println(Temp(100).F(), Temp(-40).F())
	var b Bits
	b.Set(0)
	b.Set(3)
	b.Set(7)
	println(b.String(), b, b.Has(3), b.Has(4))
}
