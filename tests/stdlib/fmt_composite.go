// golden: GOARCH=386
// fmt on composite values: structs, nested structs, pointers to structs, maps, slices, arrays.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Inner struct {
	Name string
	Tags []string
}

type Outer struct {
	ID    int
	In    Inner
	P     *Point
	M     map[string]int
	hide  bool
	Any   interface{}
	Arr   [2]float64
	Bytes []byte
}

type Celsius float64

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v %+v %T\n", pp, pp, pp)
	o := Outer{ID: 7, In: Inner{"in", []string{"a", "b"}},
		M: map[string]int{"z": 26, "a": 1, "m": 13}, hide: true, Any: 2.5, Arr: [2]float64{1, 0.5},
		Bytes: []byte("hi")}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o.In)
	o.P = &Point{3, 4}
	fmt.Printf("%v %+v\n", *o.P, o.P)
	fmt.Printf("%#v\n", o.M)
	fmt.Printf("%#v %#v\n", o.Arr, o.Bytes)
	fmt.Println(o.In, &o.In)
	var np *Point
	fmt.Printf("%v %+v %#v\n", np, np, np)
	m := map[int]string{3: "c", 1: "a", 2: "b"}
	fmt.Println(m)
	fmt.Printf("%v %d %#v\n", m, map[string]int{"y": 1, "x": 2}, map[int]bool{2: true, 1: false})
	mk := map[Point]string{{2, 1}: "b", {1, 9}: "a", {1, 2}: "c"}
	fmt.Println(mk)
	mf := map[float64]int{2.5: 1, -1: 2, 0: 3}
	fmt.Println(mf)
	mb := map[bool]int{true: 1, false: 0}
	fmt.Println(mb)
	s := []Point{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v %#v\n", s, s, s)
	ps := []*Point{{5, 6}}
	fmt.Printf("%v\n", len(fmt.Sprint(ps)) > 0)
	a := [3]string{"x", "", "z"}
	fmt.Printf("%v %q %#v\n", a, a, a)
	nested := [][]int{{1}, {2, 3}, nil}
	fmt.Printf("%v %#v\n", nested, nested)
	var e interface{} = p
	fmt.Printf("%v %T\n", e, e)
	var ni interface{}
	fmt.Printf("%v %T %#v\n", ni, ni, ni)
	c := Celsius(21.5)
	fmt.Printf("%v %.1f %#v %T\n", c, c, c, c)
	pr := Pair[string, int]{"k", 1}
	fmt.Printf("%v %+v\n", pr, pr)
	anon := struct {
		A int
		B string
	}{1, "two"}
	fmt.Printf("%v %+v %#v\n", anon, anon, anon)
	fmt.Printf("%T %T %T %T %T\n", m, s, a, nested, func(int) string { return "" })
	fmt.Printf("%T %T %T\n", make(chan int), new(error), struct{}{})
	fmt.Printf("%v %v\n", struct{}{}, []struct{}{{}, {}})
	fmt.Printf("%x %X\n", Point{255, 16}, []Point{{10, 11}})
	fmt.Printf("%5v|%-4v|\n", Point{1, 2}, []int{1})
	fmt.Printf("%v %v\n", &[]int{1, 2}, &map[string]int{"a": 1})
	fmt.Printf("%v\n", &[2]int{9, 8})
	ptrs := struct{ P *int }{nil}
	fmt.Printf("%+v\n", ptrs)
}
