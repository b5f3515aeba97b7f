package main

type R struct{ name string }

func (r *R) Close() { println("close", r.name) }

func process(names []string) (n int) {
	for _, nm := range names {
		r := &R{nm}
		defer r.Close()
		n++
	}
	return
}

func deferNilFunc() {
	defer func() { println("recovered nil func:", recover() != nil) }()
	var f func()
	defer f()
	println("body runs")
}

func helper() any { return recover() }

func indirectRecover() (got bool) {
	defer func() {
		got = helper() != nil
		recover()
	}()
	panic("x")
}

func deferArgs() {
	x := 1
	defer func(v int) { println("arg", v, "closure", x) }(x)
	x = 2
}

func deferLoopPanics() {
	defer func() { println("last recover:", recover().(string)) }()
	for i := 0; i < 3; i++ {
		defer func() {
			panic("panic " + string(rune('0'+i)))
		}()
	}
}

func main() {
	println(process([]string{"a", "b", "c"}))
	deferNilFunc()
	println("indirect:", indirectRecover())
	deferArgs()
	deferLoopPanics()
	println(recover() == nil)
}
