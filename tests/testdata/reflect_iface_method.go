// Methods called through reflect on a Value of interface kind (no .Elem()):
// reflect finds the method through the interface's first word, which here holds
// the dynamic type's descriptor rather than an itab (runtime/reflect_method.go).
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
	Scale(f float64, label string) (Shape, string)
}

type Rect struct{ W, H float64 } // indirect: boxed in the interface

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }
func (r Rect) Scale(f float64, label string) (Shape, string) {
	return Rect{r.W * f, r.H * f}, strings.ToUpper(label)
}

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }
func (c *Circle) Scale(f float64, label string) (Shape, string) {
	c.R *= f // pointer receiver: mutates the original
	return c, label + "!"
}

type Counter int // boxed in the interface

func (n Counter) String() string { return fmt.Sprintf("#%d", int(n)) }

type Box struct {
	S Shape
	T fmt.Stringer
}

func describe(v reflect.Value) {
	fmt.Println(v.Kind(), v.Type(), v.NumMethod())
	for i := 0; i < v.NumMethod(); i++ {
		m := v.Type().Method(i)
		fmt.Print(" ", m.Name, " ", v.Method(i).Type())
	}
	fmt.Println()
	fmt.Println(v.MethodByName("Name").Call(nil)[0], v.Method(0).Call(nil)[0].Float())
	out := v.MethodByName("Scale").Call([]reflect.Value{reflect.ValueOf(2.0), reflect.ValueOf("big")})
	fmt.Println(out[0].Interface().(Shape).Area(), out[1], out[0].Kind(), out[0].Elem().Type())
}

func main() {
	var s Shape = Rect{2, 3}
	describe(reflect.ValueOf(&s).Elem())
	c := &Circle{1}
	s = c
	describe(reflect.ValueOf(&s).Elem())
	fmt.Println("circle radius now", c.R)

	b := Box{S: Rect{1, 1}, T: Counter(7)}
	bv := reflect.ValueOf(b)
	for i := 0; i < bv.NumField(); i++ {
		f := bv.Field(i)
		fmt.Println(bv.Type().Field(i).Name, f.Kind(), f.NumMethod(), f.Method(f.NumMethod()/2).Call(nil)[0])
	}
	// through a pointer to the struct, and the Stringer interface
	pv := reflect.ValueOf(&b).Elem().FieldByName("T")
	fmt.Println(pv.MethodByName("String").Call(nil)[0].String())
	b.T = Counter(-3)
	fmt.Println(pv.Method(0).Call(nil)[0])

	var nilShape Shape
	nv := reflect.ValueOf(&nilShape).Elem()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nv.Method(0).Call(nil)
	}()
}
