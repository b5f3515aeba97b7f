// errors.As with interface-typed targets and reflect Implements agree with Go
// although nothing calls Temporary or Timeout (method tables keep methods an
// interface type of the program names).
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"reflect"
)

type tempErr struct{ msg string }

func (e *tempErr) Error() string   { return e.msg }
func (e *tempErr) Temporary() bool { return true }

type inner struct{}

func (inner) Timeout() bool { return true }

type outer struct {
	inner
	name string
}

func (o outer) Error() string { return "outer " + o.name }

func main() {
	var err error = fmt.Errorf("wrapped: %w", &tempErr{"boom"})
	var t interface{ Temporary() bool }
	fmt.Println(errors.As(err, &t), t != nil)

	var pe error = &fs.PathError{Op: "open", Path: "x", Err: errors.New("no")}
	var to interface{ Timeout() bool }
	fmt.Println(errors.As(fmt.Errorf("a: %w", pe), &to))

	err = fmt.Errorf("b: %w", outer{name: "o"})
	fmt.Println(errors.As(err, &to))

	it := reflect.TypeOf((*interface{ Temporary() bool })(nil)).Elem()
	fmt.Println(reflect.TypeOf(&tempErr{}).Implements(it), reflect.TypeOf(tempErr{}).Implements(it))
	fmt.Println(reflect.TypeOf(outer{}).Implements(reflect.TypeOf((*interface{ Timeout() bool })(nil)).Elem()))
}
