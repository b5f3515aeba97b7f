package main

// Func values as single pointers to closure objects: nil funcs, funcs in
// structs, maps, slices, interfaces and type switches, method values,
// closures capturing values of several sizes and alignments.

type Counter struct {
	n    int
	name string
}

func (c Counter) Get() int       { return c.n }
func (c *Counter) Inc(d int) int { c.n += d; return c.n }
func (c Counter) Label(p string) string {
	return p + c.name
}

type Getter interface{ Get() int }

type Handlers struct {
	before func() string
	on     func(int) int
	after  func()
}

type BinOp func(a, b int) int

func add(a, b int) int { return a + b }

func run(h Handlers, x int) int {
	if h.before != nil {
		println("before:", h.before())
	}
	r := x
	if h.on != nil {
		r = h.on(x)
	}
	if h.after != nil {
		h.after()
	}
	return r
}

func describe(v any) string {
	switch f := v.(type) {
	case nil:
		return "nil interface"
	case func():
		if f == nil {
			return "nil func()"
		}
		f()
		return "func()"
	case func(int) int:
		return "func(int) int -> " + itoa(f(20))
	case BinOp:
		return "BinOp -> " + itoa(f(3, 4))
	case func(int, int) int:
		return "func(int, int) int -> " + itoa(f(3, 4))
	default:
		return "other"
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

func mapOf[K comparable, V any](keys []K, f func(K) V) map[K]V {
	m := make(map[K]V)
	for _, k := range keys {
		m[k] = f(k)
	}
	return m
}

type Pipeline[T any] struct {
	stages []func(T) T
}

func (p *Pipeline[T]) Add(f func(T) T) *Pipeline[T] {
	p.stages = append(p.stages, f)
	return p
}

func (p *Pipeline[T]) Run(x T) T {
	for _, s := range p.stages {
		x = s(x)
	}
	return x
}

func capture() func() string {
	var a int8 = -3
	var b int64 = 1 << 40
	c := "str"
	d := struct {
		x float64
		y int16
	}{2.5, 7}
	var e float32 = 1.25
	return func() string {
		b++
		return itoa(int(a)) + " " + itoa(int(b>>40)) + " " + itoa(int(b&0xff)) + " " + c + " " +
			itoa(int(d.x*2)) + " " + itoa(int(d.y)) + " " + itoa(int(e*4))
	}
}

func main() {
	// zero values and nil comparisons
	var h Handlers
	println(h.before == nil, h.on == nil, h.after == nil)
	println(run(h, 5))
	h.on = func(x int) int { return x * 3 }
	h.before = func() string { return "go" }
	calls := 0
	h.after = func() { calls++ }
	println(run(h, 5), calls)

	// maps and slices of funcs
	ops := map[string]func(int, int) int{
		"add": add,
		"sub": func(a, b int) int { return a - b },
		"nil": nil,
	}
	for _, k := range []string{"add", "sub", "nil", "missing"} {
		f, ok := ops[k]
		if f == nil {
			println(k, "nil", ok)
			continue
		}
		println(k, f(10, 4), ok)
	}
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	fs = append(fs, nil)
	for _, f := range fs {
		if f != nil {
			print(f(), " ")
		}
	}
	println()

	// method values (value receiver copies, pointer receiver binds)
	c := Counter{n: 1, name: "c"}
	get := c.Get
	inc := c.Inc
	lbl := c.Label
	inc(5)
	println(get(), c.Get(), c.n, lbl("x-"))
	var g Getter = c
	ig := g.Get
	c.n = 100
	println(ig(), g.Get())
	pget := (*Counter).Get
	vget := Counter.Get
	pinc := (*Counter).Inc
	println(pget(&c), vget(c), pinc(&c, 1))
	ilabel := Counter.Label
	println(ilabel(c, "y-"))
	iget := Getter.Get
	println(iget(c))

	// funcs in interfaces and type switches
	var nf func()
	var x any = nf
	println(x != nil, describe(x))
	println(describe(func() { println("called func()") }))
	println(describe(func(n int) int { return n + 1 }))
	println(describe(BinOp(add)))
	println(describe(add))
	println(describe(nil), describe(3))
	if f, ok := x.(func()); ok {
		println("assert ok", f == nil)
	}
	if _, ok := x.(func(int)); !ok {
		println("assert failed as expected")
	}

	// generics
	sq := mapOf([]int{1, 2, 3}, func(k int) int { return k * k })
	println(sq[1], sq[2], sq[3])
	lens := mapOf([]string{"a", "bcd"}, func(s string) int { return len(s) })
	println(lens["a"], lens["bcd"])
	p := &Pipeline[string]{}
	p.Add(func(s string) string { return s + "!" }).Add(c.Label)
	println(p.Run("hi"))

	// captures of several sizes and alignments
	cf := capture()
	println(cf())
	println(cf())

	// deferred func values and closures
	defer func() {
		r := recover()
		println("recovered:", r != nil)
	}()
	var df func()
	defer df()
	defer get2(c.Get)()
	println("end of main")
}

func get2(f func() int) func() {
	return func() { println("deferred", f()) }
}
