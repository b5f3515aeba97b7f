// Methods of a generic type, promoted through one and two levels of embedding
// and reached only through an interface, a method value, reflect or a
// goroutine, get what a directly called method gets: a deferred recover
// recovers, a 100 KB local lives on the heap.  Implements and errors.As with
// an interface target agree with Go although no code calls the method.
package main

import (
	"errors"
	"fmt"
	"reflect"
)

type Cell[T any] struct{ v T }

func (c *Cell[T]) Do() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("recovered: ", r)
		}
	}()
	panic(fmt.Sprint("boom ", c.v))
}

func (c Cell[T]) Sum() int {
	var a [100000]byte
	a[0] = 3
	a[len(a)-1] = 4
	s := 0
	for _, x := range a {
		s += int(x)
	}
	return s + len(fmt.Sprint(c.v))
}

type One struct{ Cell[int] }

type Two struct {
	*One
	tag string
}

type Doer interface{ Do() string }
type Summer interface{ Sum() int }

// Temporary is never called anywhere: errors.As and Implements see it only
// in the method tables.
type tempErr struct{ msg string }

func (e tempErr) Error() string   { return e.msg }
func (e tempErr) Temporary() bool { return true }

type wrapped struct{ tempErr }

func main() {
	var d Doer = &One{Cell[int]{1}}
	fmt.Println(d.Do())
	d = Two{One: &One{Cell[int]{2}}}
	fmt.Println(d.Do())
	var s Summer = One{Cell[int]{3}}
	fmt.Println(s.Sum())
	f := Two{One: &One{Cell[int]{4}}}.Sum
	fmt.Println(f())

	v := reflect.ValueOf(&Two{One: &One{Cell[int]{5}}})
	fmt.Println(v.MethodByName("Do").Call(nil)[0])
	fmt.Println(v.MethodByName("Sum").Call(nil)[0].Int())

	done := make(chan string)
	go func(d Doer) { done <- d.Do() }(&Two{One: &One{Cell[int]{6}}})
	fmt.Println(<-done)

	var err error = fmt.Errorf("wrapped: %w", wrapped{tempErr{"temp"}})
	var t interface{ Temporary() bool }
	fmt.Println(errors.As(err, &t), t != nil)
	it := reflect.TypeOf((*interface{ Temporary() bool })(nil)).Elem()
	fmt.Println(reflect.TypeOf(wrapped{}).Implements(it), reflect.TypeOf(One{}).Implements(it))
	fmt.Println(reflect.TypeOf(&Two{}).Implements(reflect.TypeOf((*Doer)(nil)).Elem()))
}
