package main

type runtimeError interface {
	error
	RuntimeError()
}

func check(f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtimeError); ok {
			println("runtime:", re.Error())
			return
		}
		if e, ok := r.(error); ok {
			println("error:", e.Error())
			return
		}
		println("value:", r.(string))
	}()
	f()
}

func main() {
	var arr []int
	var p *struct{ x int }
	var i any = 3
	zero := 0
	check(func() { _ = arr[5] })
	check(func() { _ = p.x })
	check(func() { _ = 1 / zero })
	check(func() { _ = i.(string) })
	check(func() { panic("plain") })
	check(func() { _ = arr[1:zero] })
	check(func() { _ = make([]int, zero-1) })
	check(func() { var a [2]int; k := 2; a[k%3] = 1 })
}
