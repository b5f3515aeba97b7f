package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Inner struct {
	A []int
	M map[string]bool
}

type Outer struct {
	Name  string
	Ptr   *Inner
	In    Inner
	Any   any
	Temp  Celsius
	bytes []byte
}

type Level int

const (
	Low Level = iota
	High
)

func (l Level) String() string { return [...]string{"low", "high"}[l] }

func main() {
	o := Outer{Name: "o", In: Inner{M: map[string]bool{"x": true, "a": false}},
		Any: 3.25, Temp: 21.5, bytes: []byte("hi")}
	fmt.Printf("%v\n", o)
	o.Ptr = &Inner{A: []int{1, 2}}
	fmt.Printf("%+v %v\n", o.In, *o.Ptr)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%T %T %T %T\n", o, o.Ptr, o.In.M, o.Any)
	fmt.Println(Low, High, []Level{High, Low}, map[Level]int{High: 2, Low: 1})
	fmt.Printf("%d %v %s\n", High, High, High)
	fmt.Printf("%6.2f|%-8v|%08.3f|%e|%g\n", 3.14159, 2.5, -1.5, 12345.678, 1e21)
	fmt.Printf("%x %X %o %b %c %U\n", 3054, []byte("az"), 8, 5, 'G', 'é')
	fmt.Printf("%q %v %s\n", []string{"a", "b c"}, [2]bool{true, false}, errors.New("boom"))
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	var np *Inner
	var ni any
	fmt.Println(np, ni, []any{nil, 1, "s"}, map[string]any{"k": []int{1}})
	fmt.Printf("%5t|%-5t|%v\n", true, false, &[]int{7})
	fmt.Printf("%!%d %d\n", 1)
	keys := []string{}
	for k := range o.In.M {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, ","), len(fmt.Sprint(o.In.M)))
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s=%d;", "a", 1)
	fmt.Fprint(&sb, "b", 2, 3, "c")
	fmt.Println(sb.String())
	err := fmt.Errorf("ctx: %w", errors.New("root"))
	fmt.Println(err, errors.Unwrap(err))
	var n1, n2 int
	var w string
	c, _ := fmt.Sscanf("12 34 go", "%d %d %s", &n1, &n2, &w)
	fmt.Println(c, n1+n2, w)
}
