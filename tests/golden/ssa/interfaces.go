package main

type Namer interface{ Name() string }

type Base struct{ id int }

func (b Base) Name() string  { return "base" }
func (b *Base) SetID(id int) { b.id = id }

type Derived struct {
	Base
	extra string
}

type Wrapper struct{ *Derived }

func show(n Namer) { println(n.Name()) }

func main() {
	d := &Derived{extra: "x"}
	d.SetID(3) // promoted through one level
	show(d)
	w := Wrapper{d}
	show(w) // promoted through two levels
	var n Namer = Base{}
	if b, ok := n.(Base); ok {
		println(b.id)
	}
	_, isPtr := n.(*Base)
	println(isPtr)
}
