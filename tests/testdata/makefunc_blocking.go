package main

import (
	"fmt"
	"reflect"
)

type odd func(a, b, c, d, e, f, g float32) float64

//go:noinline
func callIt(f odd, x float32) float64 { return f(x, 1, 2, 3, 4, 5, 6) }

func main() {
	ch := make(chan float64)
	var fo odd
	fn := reflect.MakeFunc(reflect.TypeOf(fo), func(in []reflect.Value) []reflect.Value {
		v := <-ch
		return []reflect.Value{reflect.ValueOf(v + in[0].Float())}
	})
	reflect.ValueOf(&fo).Elem().Set(fn)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- float64(i) * 10
		}
	}()
	for i := 0; i < 3; i++ {
		fmt.Println(callIt(fo, float32(i)))
	}
}
