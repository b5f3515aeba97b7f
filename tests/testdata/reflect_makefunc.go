package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type Point struct {
	X, Y int
	Name string
}

type Adder interface {
	Add(int) int
}

type Counter struct{ n int }

func (c *Counter) Add(d int) int { c.n += d; return c.n }

func (c Counter) Describe(prefix string, xs ...int) string {
	return fmt.Sprintf("%s%d%v", prefix, c.n, xs)
}

type Temp float64

func (t Temp) Fahrenheit() float64 { return float64(t)*9/5 + 32 }

type BinOp func(a, b float64) float64

// makeSwap fills *fptr (a pointer to a func taking and returning two values)
// with a function that returns its arguments swapped.
func makeSwap(fptr any) {
	swap := func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{in[1], in[0]}
	}
	fn := reflect.ValueOf(fptr).Elem()
	fn.Set(reflect.MakeFunc(fn.Type(), swap))
}

func main() {
	var intSwap func(int, int) (int, int)
	makeSwap(&intSwap)
	fmt.Println(intSwap(1, 2))
	var strSwap func(string, string) (string, string)
	makeSwap(&strSwap)
	fmt.Println(strSwap("a", "b"))
	var floatSwap func(float64, float64) (float64, float64)
	makeSwap(&floatSwap)
	fmt.Println(floatSwap(1.5, -2.25))
	var pointSwap func(Point, int64) (int64, Point)
	makeSwap(&pointSwap)
	fmt.Println(pointSwap(Point{1, 2, "p"}, 1<<40))

	// no results; side effects through a captured variable
	var log []string
	var logger func(string, int)
	lv := reflect.MakeFunc(reflect.TypeOf(logger), func(in []reflect.Value) []reflect.Value {
		log = append(log, fmt.Sprint(in[0].String(), "=", in[1].Int()))
		return nil
	})
	logger = lv.Interface().(func(string, int))
	logger("a", 1)
	logger("b", 2)
	fmt.Println(strings.Join(log, ","))

	// variadic
	var join func(sep string, parts ...string) string
	jv := reflect.MakeFunc(reflect.TypeOf(join), func(in []reflect.Value) []reflect.Value {
		parts := in[1].Interface().([]string)
		return []reflect.Value{reflect.ValueOf(strings.Join(parts, in[0].String()))}
	})
	reflect.ValueOf(&join).Elem().Set(jv)
	fmt.Println(join("-", "x", "y", "z"), join("+"))
	fmt.Println(jv.Call([]reflect.Value{reflect.ValueOf("/"), reflect.ValueOf("p"), reflect.ValueOf("q")})[0])

	// a named func type; called through Value.Call and directly
	ov := reflect.MakeFunc(reflect.TypeOf(BinOp(nil)), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(in[0].Float() * in[1].Float())}
	})
	mul := ov.Interface().(BinOp)
	fmt.Println(mul(3, 4), ov.Call([]reflect.Value{reflect.ValueOf(2.5), reflect.ValueOf(2.0)})[0].Float())
	fmt.Println(ov.Type(), ov.Kind())

	// errors and interfaces as results
	var check func(int) (int, error)
	cv := reflect.MakeFunc(reflect.TypeOf(check), func(in []reflect.Value) []reflect.Value {
		n := in[0].Int()
		var err error
		if n < 0 {
			err = errors.New("negative")
		}
		return []reflect.Value{reflect.ValueOf(int(n * 2)), reflect.ValueOf(&err).Elem()}
	})
	check = cv.Interface().(func(int) (int, error))
	fmt.Println(check(4))
	fmt.Println(check(-1))

	// a func type made by reflect.FuncOf
	ft := reflect.FuncOf([]reflect.Type{reflect.TypeOf(0), reflect.TypeOf("")}, []reflect.Type{reflect.TypeOf("")}, false)
	fv := reflect.MakeFunc(ft, func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(strings.Repeat(in[1].String(), int(in[0].Int())))}
	})
	fmt.Println(ft, fv.Call([]reflect.Value{reflect.ValueOf(3), reflect.ValueOf("ab")})[0])
	rep := fv.Interface().(func(int, string) string)
	fmt.Println(rep(2, "xy"))

	// panics inside a made func reach the caller's recover
	var boom func() int
	reflect.ValueOf(&boom).Elem().Set(reflect.MakeFunc(reflect.TypeOf(boom), func([]reflect.Value) []reflect.Value {
		panic("boom inside")
	}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(boom())
	}()

	// method values turned into funcs
	c := &Counter{10}
	add := reflect.ValueOf(c).MethodByName("Add").Interface().(func(int) int)
	fmt.Println(add(5), add(1), c.n)
	var a Adder = c
	iadd := reflect.ValueOf(&a).Elem().Method(0).Interface().(func(int) int)
	fmt.Println(iadd(100), c.n)
	desc := reflect.ValueOf(Counter{3}).MethodByName("Describe").Interface().(func(string, ...int) string)
	fmt.Println(desc("n=", 1, 2))
	fa := reflect.ValueOf(Temp(100)).Method(0).Interface().(func() float64)
	fmt.Println(fa())
	m := reflect.ValueOf(c).MethodByName("Add")
	fmt.Println(m.Type(), m.Call([]reflect.Value{reflect.ValueOf(2)})[0].Int())

	// a method value passed around as an interface, then called via reflect
	var anyf any = reflect.ValueOf(Counter{7}).MethodByName("Describe").Interface()
	out := reflect.ValueOf(anyf).Call([]reflect.Value{reflect.ValueOf(">")})
	fmt.Println(out[0])

	// a wrong number of results from a made func panics like gc
	var bad func() (int, int)
	reflect.ValueOf(&bad).Elem().Set(reflect.MakeFunc(reflect.TypeOf(bad), func([]reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(1)}
	}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(bad())
	}()
	reflect.MakeFunc(reflect.TypeOf(0), nil)
}
