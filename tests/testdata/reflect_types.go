// golden: GOARCH=386
package main

import (
	"reflect"
)

type Celsius float64

func (c Celsius) String() string { return "C" }
func (c *Celsius) Set(v float64) { *c = Celsius(v) }

type Inner struct {
	X, Y int
}

type Rec struct {
	Name  string `json:"name" xml:"n"`
	Age   int    `json:"age,omitempty"`
	Tags  []string
	Inner
	ptr   *int
	Score int32
}

func (r Rec) Hello() string   { return "hi " + r.Name }
func (r *Rec) Rename(n string) { r.Name = n }
func (r Rec) private() int     { return 0 }

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }
func (s Sq) Name() string  { return "sq" }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func show(v any) {
	t := reflect.TypeOf(v)
	size := t.Size()
	if t.Kind() == reflect.Func {
		size = 0 // func values are 8 bytes on tinypy-go until funcrepr lands
	}
	println(t.String(), "|", t.Kind().String(), "|", t.Name(), "|", t.PkgPath(), "|", size)
}

func main() {
	show(1)
	show(int8(1))
	show(uint16(1))
	show(3.5)
	show(float32(1))
	show("s")
	show(true)
	show(byte(1))
	show('x')
	show(complex(1, 2))
	show(Celsius(3))
	show(new(Celsius))
	show([]int{1})
	show([3]string{})
	show(map[string]int{})
	show(map[Inner][]*Rec{})
	show(Rec{})
	show(&Rec{})
	show(struct {
		A int `k:"v"`
		b string
	}{})
	show(func(int, ...string) (bool, error) { return false, nil })
	show(func() {})
	show(func(x int) string { return "" })
	show(Pair[string, int]{})
	show(Sq{})
	var sh Shape = Sq{}
	show(sh)
	show(&sh)
	show([]any{})
	show(struct{}{})

	t := reflect.TypeOf(Rec{})
	println("fields", t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		println(" ", f.Name, f.Type.String(), f.Offset, f.Anonymous, f.PkgPath, f.IsExported(), f.Index[0],
			"json="+f.Tag.Get("json"), "xml="+f.Tag.Get("xml"))
	}
	if f, ok := t.FieldByName("X"); ok {
		println("FieldByName X", f.Name, len(f.Index), f.Index[0], f.Index[1], f.Type.String())
	}
	println("methods", t.NumMethod(), reflect.PointerTo(t).NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		println(" ", m.Name, m.Type.String())
	}
	pt := reflect.TypeOf(&Rec{})
	for i := 0; i < pt.NumMethod(); i++ {
		println(" *", pt.Method(i).Name, pt.Method(i).Type.String())
	}
	m, ok := pt.MethodByName("Rename")
	println("MethodByName", m.Name, ok, m.Index)
	_, ok = pt.MethodByName("private")
	println("private", ok)

	shapeT := reflect.TypeOf((*Shape)(nil)).Elem()
	println(shapeT.String(), shapeT.Kind().String(), shapeT.NumMethod(), shapeT.Method(0).Name, shapeT.Method(1).Name)
	println("Sq implements Shape", reflect.TypeOf(Sq{}).Implements(shapeT))
	println("Rec implements Shape", t.Implements(shapeT))
	stringer := reflect.TypeOf((*interface{ String() string })(nil)).Elem()
	println("Celsius Stringer", reflect.TypeOf(Celsius(0)).Implements(stringer), reflect.TypeOf(new(Celsius)).Implements(stringer))
	println("AssignableTo", reflect.TypeOf(Sq{}).AssignableTo(shapeT), reflect.TypeOf(1).AssignableTo(shapeT))
	println("ConvertibleTo", reflect.TypeOf(1).ConvertibleTo(reflect.TypeOf(2.0)), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf(1)))
	println("Comparable", t.Comparable(), reflect.TypeOf(Inner{}).Comparable())

	mt := reflect.TypeOf(map[string][]int{})
	println(mt.Key().String(), mt.Elem().String(), mt.Elem().Elem().String())
	at := reflect.TypeOf([4]byte{})
	println(at.Len(), at.Elem().String(), at.Elem() == reflect.TypeOf(byte(0)))
	ft := reflect.TypeOf(func(int, ...string) (bool, error) { return false, nil })
	println(ft.NumIn(), ft.NumOut(), ft.IsVariadic(), ft.In(0).String(), ft.In(1).String(), ft.Out(0).String(), ft.Out(1).String())
	println(reflect.TypeOf(1) == reflect.TypeOf(2), reflect.TypeOf(1) == reflect.TypeOf(int32(2)))
	println(reflect.PointerTo(reflect.TypeOf(Rec{})) == reflect.TypeOf(&Rec{}))
	println(reflect.PointerTo(reflect.TypeOf(Inner{})).String())
	println(reflect.SliceOf(reflect.TypeOf(1)) == reflect.TypeOf([]int{}), reflect.SliceOf(reflect.TypeOf(Inner{})).String())
	println(reflect.MapOf(reflect.TypeOf(""), reflect.TypeOf(1)) == reflect.TypeOf(map[string]int{}))
	println(reflect.MapOf(reflect.TypeOf(1), reflect.TypeOf(Inner{})).String())
	println(reflect.TypeOf(Celsius(0)).Bits(), reflect.TypeOf(int16(0)).Bits(), reflect.TypeOf(Rec{}).Align())
}
