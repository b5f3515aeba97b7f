package main

type Animal interface {
	Sound() string
	Legs() int
}

type Dog struct{ name string }
type Bird struct{ wings int }

func (d Dog) Sound() string  { return d.name + ": woof" }
func (d Dog) Legs() int       { return 4 }
func (b *Bird) Sound() string { return "tweet" }
func (b *Bird) Legs() int     { return 2 }

func legs(as []Animal) int {
	n := 0
	for _, a := range as {
		n += a.Legs() // dynamic dispatch
	}
	return n
}

func main() {
	as := []Animal{Dog{"rex"}, &Bird{2}}
	println(legs(as))
	for _, a := range as {
		if d, ok := a.(Dog); ok {
			println(d.name)
		}
		switch v := a.(type) {
		case *Bird:
			println(v.wings)
		}
		println(a.Sound())
	}
}
