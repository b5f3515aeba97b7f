package main

type T struct{ v int }

func (t T) Val() int { return t.v }
func (t *T) Ptr() bool { return t == nil }

func main() {
	var p *T
	println(p.Ptr())
	f := p.Ptr
	println(f())
	g := p.Val // dereferences p now
	println("unreachable", g())
}
