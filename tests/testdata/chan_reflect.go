package main

import (
	"fmt"
	"reflect"
)

func main() {
	c := make(chan int, 2)
	c <- 5
	v := reflect.ValueOf(c)
	fmt.Println(v.Len(), v.Cap(), v.Kind())
	x, ok := v.Recv()
	fmt.Println(x.Int(), ok)
	v.Send(reflect.ValueOf(7))
	fmt.Println(<-c)
	fmt.Println(v.TrySend(reflect.ValueOf(1)), v.TrySend(reflect.ValueOf(2)), v.TrySend(reflect.ValueOf(3)))
	y, ok := v.TryRecv()
	fmt.Println(y.Int(), ok)
	m := reflect.MakeChan(reflect.TypeOf(c), 1)
	m.Send(reflect.ValueOf(9))
	fmt.Println(m.Len(), m.Interface().(chan int) != nil)
	v.Close()
	_, _ = v.Recv()
	z, ok := v.Recv()
	fmt.Println(z.Int(), ok)
	fmt.Printf("%T %v\n", c, len(c))
}
