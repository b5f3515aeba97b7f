package main

type error interface{ Error() string }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println(name, "recovered:", e.Error())
		} else {
			println(name, "no error")
		}
	}()
	f()
}

func main() {
	var arr [3]int
	i := 7
	try("index", func() { arr[i] = 1 })
	var p *struct{ x int }
	try("nil", func() { p.x = 1 })
	z := 0
	try("divide", func() { println(10 / z) })
	try("none", func() {})
	var f func()
	try("nilfunc", func() { f() })
	println("done")
}
