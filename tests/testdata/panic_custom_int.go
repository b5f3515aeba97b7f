package main

type Level int
type Name string
type Ratio float64

func main() {
	defer func() {
		r := recover()
		println(r.(Level))
		defer func() {
			r2 := recover()
			println(string(r2.(Name)))
			panic(Ratio(1.5))
		}()
		panic(Name("inner"))
	}()
	panic(Level(3))
}
