package main

type Acc struct{ n int }

func (a *Acc) Add(k int) int { a.n += k; return a.n }
func (a Acc) Get() int        { return a.n }

type Box struct {
	Acc
	label string
}

func apply(f func(int) int, xs [3]int) int {
	r := 0
	for _, x := range xs {
		r = f(x)
	}
	return r
}

func main() {
	a := Acc{1}
	add := a.Add
	get := a.Get // the receiver is copied now
	add(10)
	println(a.n, get(), a.Get())
	println(apply(a.Add, [3]int{1, 2, 3}), a.n)
	b := &Box{Acc{5}, "b"}
	badd := b.Add
	bget := b.Get
	badd(5)
	println(b.n, bget())
	fs := [2]func() int{a.Get, b.Get}
	println(fs[0](), fs[1]())
	p := &a
	pg := p.Get
	p.n = 99
	println(pg(), p.Get())
}
