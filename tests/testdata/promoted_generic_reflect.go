// Methods of a generic type, promoted through one and two levels of embedding
// and reached only through an interface, a method value, reflect or a
// goroutine, get what a directly called method gets: a deferred recover
// recovers, a 100 KB local lives on the heap.  Implements and errors.As with
// an interface target agree with Go although no code calls the method.
// (No fmt: reflect's MethodByName keeps every exported method of every type
// with a descriptor, and fmt's would make this one of the suite's slowest builds.)
package main

import (
	"errors"
	"os"
	"reflect"
	"strconv"
	"strings"
)

func say(parts ...string) { os.Stdout.WriteString(strings.Join(parts, " ") + "\n") }

func num(v any) string { return strconv.Itoa(v.(int)) }

func flag(b bool) string { return strconv.FormatBool(b) }

type Cell[T any] struct{ v T }

func (c *Cell[T]) Do() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = "recovered: " + r.(string)
		}
	}()
	panic("boom " + num(c.v))
}

func (c Cell[T]) Sum() int {
	var a [100000]byte
	a[0] = 3
	a[len(a)-1] = 4
	s := 0
	for _, x := range a {
		s += int(x)
	}
	return s + len(num(c.v))
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
	say(d.Do())
	d = Two{One: &One{Cell[int]{2}}}
	say(d.Do())
	var s Summer = One{Cell[int]{3}}
	say(num(s.Sum()))
	f := Two{One: &One{Cell[int]{4}}}.Sum
	say(num(f()))

	v := reflect.ValueOf(&Two{One: &One{Cell[int]{5}}})
	say(v.MethodByName("Do").Call(nil)[0].String())
	say(num(int(v.MethodByName("Sum").Call(nil)[0].Int())))

	done := make(chan string)
	go func(d Doer) { done <- d.Do() }(&Two{One: &One{Cell[int]{6}}})
	say(<-done)

	var err error = errors.Join(errors.New("other"), wrapped{tempErr{"temp"}})
	var t interface{ Temporary() bool }
	say(flag(errors.As(err, &t)), flag(t != nil))
	it := reflect.TypeOf((*interface{ Temporary() bool })(nil)).Elem()
	say(flag(reflect.TypeOf(wrapped{}).Implements(it)), flag(reflect.TypeOf(One{}).Implements(it)))
	say(flag(reflect.TypeOf(&Two{}).Implements(reflect.TypeOf((*Doer)(nil)).Elem())))
}
