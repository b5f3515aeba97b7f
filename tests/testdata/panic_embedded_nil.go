package main

type Inner struct{ V int }

func (i *Inner) Get() int { return i.V }

type Outer struct {
	*Inner
	Name string
}

func main() {
	o := Outer{&Inner{5}, "ok"}
	println(o.V, o.Get())
	o2 := Outer{Name: "bad"}
	println(o2.Name)
	println(o2.V)
}
