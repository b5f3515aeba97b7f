package main

import (
	"fmt"
	"reflect"
)

type T struct{ A int }

func (t T) Hello(s string) string { return s + fmt.Sprint(t.A) }

func main() {
	st := reflect.SliceOf(reflect.TypeOf(0))
	fmt.Println(st)
	s := reflect.MakeSlice(st, 2, 2)
	s.Index(1).SetInt(5)
	fmt.Println(s.Interface())
	mt := reflect.MapOf(reflect.TypeOf(""), reflect.TypeOf(T{}))
	m := reflect.MakeMap(mt)
	m.SetMapIndex(reflect.ValueOf("x"), reflect.ValueOf(T{3}))
	fmt.Println(m.Interface())
	fmt.Println(reflect.ArrayOf(3, reflect.TypeOf(byte(0))))
	fmt.Println(reflect.PointerTo(reflect.TypeOf(T{})))
	fmt.Println(reflect.ChanOf(reflect.BothDir, reflect.TypeOf(0)))
	ft := reflect.FuncOf([]reflect.Type{reflect.TypeOf(0)}, []reflect.Type{reflect.TypeOf("")}, false)
	fmt.Println(ft)
	sf := reflect.StructOf([]reflect.StructField{{Name: "X", Type: reflect.TypeOf(0), Tag: `json:"x"`}})
	fmt.Println(sf)
	v := reflect.New(sf).Elem()
	v.Field(0).SetInt(9)
	fmt.Printf("%+v\n", v.Interface())
	meth := reflect.ValueOf(T{7}).MethodByName("Hello")
	fmt.Println(meth.Call([]reflect.Value{reflect.ValueOf("n=")})[0])
	f := meth.Interface().(func(string) string)
	fmt.Println(f("m="))
	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var intSwap func(int, int) (int, int)
	fn := reflect.MakeFunc(reflect.TypeOf(intSwap), swap)
	reflect.ValueOf(&intSwap).Elem().Set(fn)
	fmt.Println(intSwap(1, 2))
}
