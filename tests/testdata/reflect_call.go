package main

import (
	"reflect"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point      { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) String() string         { return "(" + itoa(p.X) + "," + itoa(p.Y) + ")" }
func (p *Point) Scale(k int)           { p.X *= k; p.Y *= k }
func (p Point) Dist2(x, y int64) int64 { dx, dy := int64(p.X)-x, int64(p.Y)-y; return dx*dx + dy*dy }

type Greeter interface{ Greet(name string) string }

type English struct{ excl bool }

func (e English) Greet(name string) string {
	if e.excl {
		return "Hello, " + name + "!"
	}
	return "Hello, " + name
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

func add(a, b int) int { return a + b }

func divmod(a, b int) (int, int) { return a / b, a % b }

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func mix(a int8, b int64, c float64, d string, e bool, f float32) (string, float64) {
	s := d
	if e {
		s += "!"
	}
	return s + itoa(int(a)) + itoa(int(b>>32)), c*2 + float64(f)
}

func show(vs []reflect.Value) {
	for i, v := range vs {
		if i > 0 {
			print(" ")
		}
		switch v.Kind() {
		case reflect.Int, reflect.Int64:
			print(v.Int())
		case reflect.Float64:
			print(int(v.Float() * 100))
		case reflect.String:
			print(v.String())
		case reflect.Struct:
			print(v.Interface().(Point).String())
		default:
			print(v.Kind().String())
		}
	}
	println()
}

func main() {
	show(reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(40)}))
	show(reflect.ValueOf(divmod).Call([]reflect.Value{reflect.ValueOf(17), reflect.ValueOf(5)}))
	show(reflect.ValueOf(join).Call([]reflect.Value{reflect.ValueOf("-"), reflect.ValueOf("a"), reflect.ValueOf("b"), reflect.ValueOf("c")}))
	show(reflect.ValueOf(join).CallSlice([]reflect.Value{reflect.ValueOf("+"), reflect.ValueOf([]string{"x", "y"})}))
	show(reflect.ValueOf(join).Call([]reflect.Value{reflect.ValueOf(",")}))
	show(reflect.ValueOf(mix).Call([]reflect.Value{reflect.ValueOf(int8(-3)), reflect.ValueOf(int64(5) << 32),
		reflect.ValueOf(1.25), reflect.ValueOf("s"), reflect.ValueOf(true), reflect.ValueOf(float32(0.5))}))

	n := 10
	counter := func(d int) int { n += d; return n }
	cv := reflect.ValueOf(counter)
	cv.Call([]reflect.Value{reflect.ValueOf(5)})
	show(cv.Call([]reflect.Value{reflect.ValueOf(1)}))
	println(n)

	p := Point{1, 2}
	pv := reflect.ValueOf(p)
	println(pv.NumMethod())
	show(pv.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(Point{10, 20})}))
	show(pv.MethodByName("String").Call(nil))
	show(pv.MethodByName("Dist2").Call([]reflect.Value{reflect.ValueOf(int64(4)), reflect.ValueOf(int64(6))}))
	pp := reflect.ValueOf(&p)
	println(pp.NumMethod())
	pp.MethodByName("Scale").Call([]reflect.Value{reflect.ValueOf(3)})
	println(p.String())
	for i := 0; i < pp.NumMethod(); i++ {
		m := pp.Type().Method(i)
		print(m.Name, " ")
	}
	println()
	show(pp.Method(3).Call(nil))

	// Type.Method(i).Func takes the receiver as its first argument
	m, _ := reflect.TypeOf(p).MethodByName("Add")
	show(m.Func.Call([]reflect.Value{reflect.ValueOf(Point{1, 1}), reflect.ValueOf(Point{2, 2})}))

	// method values and interfaces
	bound := reflect.ValueOf(p.Add)
	show(bound.Call([]reflect.Value{reflect.ValueOf(Point{100, 100})}))
	var g Greeter = English{excl: true}
	gv := reflect.ValueOf(g)
	show(gv.MethodByName("Greet").Call([]reflect.Value{reflect.ValueOf("gopher")}))
	gs := []Greeter{English{}, English{true}}
	show(reflect.ValueOf(gs).Index(0).Elem().MethodByName("Greet").Call([]reflect.Value{reflect.ValueOf("x")}))

	// funcs in a map, called by name
	ops := map[string]any{"add": add, "join": join, "upper": strings.ToUpper}
	show(reflect.ValueOf(ops["upper"]).Call([]reflect.Value{reflect.ValueOf("shout")}))
	ft := reflect.TypeOf(ops["join"])
	println(ft.String(), ft.NumIn(), ft.IsVariadic(), ft.NumOut())

	var nilf func()
	defer func() { println("recovered:", recover().(string)) }()
	reflect.ValueOf(nilf).Call(nil)
}
