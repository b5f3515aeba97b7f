package main

type Namer interface{ Name() string }
type Greeter interface {
	Namer
	Greet(other string) string
}

type Animal struct{ name string }

func (a Animal) Name() string { return a.name }

func (a *Animal) Greet(other string) string { return a.name + " greets " + other }

type Dog struct {
	Animal
	breed string
}

type Kennel struct {
	*Dog
	size int
}

type Small struct{ b byte }

type Holder struct{ Small }

func (s Small) Name() string { return "small" + string(rune('0'+s.b)) }

func main() {
	d := &Dog{Animal{"rex"}, "lab"}
	var g Greeter = d
	println(g.Name(), g.Greet("bob"))
	var n Namer = *d
	println(n.Name())
	k := Kennel{d, 3}
	n = k
	println(n.Name())
	g = &k
	println(g.Greet("ann"))
	n = Holder{Small{7}}
	println(n.Name())
	var empty Kennel
	n = empty
	defer func() {
		r := recover()
		println("recovered:", r != nil)
	}()
	println(n.Name())
}
