package main

// Code the size pass keeps only under whole-program conditions (backend/condreach.py):
// fmt's float and map printing reached only through reflect, reflect method values,
// errors made by errors.New in lazily initialised package variables.

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type Celsius float64

type Reading struct {
	Where string
	Temp  Celsius
	Tags  map[string]int
}

type Inner struct{ C complex128 }

type Outer struct{ In *Inner }

type Greeter struct{ Name string }

func (g Greeter) Hello(p string) string { return p + ", " + g.Name }

var ErrLazy = errors.New("lazy error")

func main() {
	// a float and a map only inside a struct behind a pointer
	fmt.Println(&Reading{"lab", 21.5, map[string]int{"b": 2, "a": 1}})
	fmt.Printf("%+v\n", *Outer{&Inner{complex(1, -2)}}.In)
	fmt.Printf("%v\n", *Outer{&Inner{3i}}.In)
	// a float type reached only as an element type through reflect
	ft := reflect.TypeFor[float32]()
	fmt.Println(ft, reflect.Zero(ft), reflect.New(ft).Elem().Interface())
	// a map type made by reflect
	mt := reflect.MapOf(reflect.TypeOf(""), reflect.TypeOf(true))
	m := reflect.MakeMap(mt)
	m.SetMapIndex(reflect.ValueOf("z"), reflect.ValueOf(true))
	m.SetMapIndex(reflect.ValueOf("y"), reflect.ValueOf(false))
	fmt.Println(m.Interface(), m.Len())
	// a method value made by reflect
	mv := reflect.ValueOf(Greeter{"gopher"}).Method(0)
	fmt.Println(mv.Type(), mv.Call([]reflect.Value{reflect.ValueOf("hi")})[0])
	fmt.Println(mv.Interface() != nil) // (calling it traps: a pre-existing reflect bug)
	// a lazily initialised error variable
	err := fmt.Errorf("wrapped: %w", ErrLazy)
	fmt.Println(err, errors.Is(err, ErrLazy), strings.ToUpper(ErrLazy.Error()))
}
