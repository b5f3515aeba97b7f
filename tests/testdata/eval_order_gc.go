// Operands read relative to calls in one statement, as gc orders them
// (calls, receives, len/cap/append/min/max, slicing, map literals and &&/||
// first, in source order; variables, fields, elements and pointers when the
// statement runs).
package main

import "fmt"

var i int

func f() int { i++; return i }

type T struct{ a [3]int }

var a int

func g() int { a++; return a }

type P struct{ x, y int }

func two() (int, int) { a += 10; return a, a }

func assignments() {
	x := []int{0, 0, 0, 0}
	i = 0
	x[i], i = f(), f()
	fmt.Println(x, i)
	i = 0
	x[f()], x[i] = i, f()
	fmt.Println(x, i)
	mm := map[int]int{}
	i = 0
	mm[i], mm[f()] = f(), i
	fmt.Println(mm, i)
	var pt = &T{}
	q := pt
	i = 0
	pt.a[i], pt = f(), nil
	fmt.Println(q.a, pt == nil)
	y := []int{0, 0}
	i = 0
	y[i] += f()
	fmt.Println(y)
	a = 1
	var z1, z2 int
	z1, z2 = a, g()
	fmt.Println(z1, z2)
	a = -20
	ar := [2]int{}
	ar[a+10], z1 = two()
	fmt.Println(ar, z1)
	ch := make(chan int, 1)
	ch <- 5
	i = 0
	x[i] = <-ch + f()
	fmt.Println(x)
}

func expressions() {
	a = 1
	fmt.Println([]int{a, g()})
	a = 1
	fmt.Println(a + g())
	a = 1
	fmt.Println(a, g())
	a = 1
	fmt.Println(P{a, g()})
	a = 1
	fmt.Println(map[int]int{a: g()})
	b := []int{5, 6}
	a = 0
	fmt.Println(b[a-1+1] + g())
	a = 0
	if a == 0 && g() == 1 {
		fmt.Println("and", a)
	}
	a = 0
	fmt.Println(a == 0 && true, g())
}

var s []int
var str string
var m map[int]int
var iv any
var p *struct{ x int }
var arr [2]int
var ch chan int

type U struct{ v int }

func (u U) Get() int { return u.v }

var u U

func reset() {
	s = []int{1, 2}
	str = "ab"
	m = map[int]int{1: 10}
	iv = 1
	p = &struct{ x int }{1}
	arr = [2]int{1, 2}
	a = 1
	u = U{1}
}

func k() int {
	s = append(s, 3)
	s[0] = 100
	str = "xyz"
	m[1] = 20
	iv = 2
	p.x = 5
	arr[0] = 9
	a = 7
	u.v = 8
	return 0
}

func builtins() {
	reset()
	fmt.Println("len", len(s), k())
	reset()
	fmt.Println("cap", cap(s), k())
	reset()
	fmt.Println("mapidx", m[1], k())
	reset()
	fmt.Println("assert", iv.(int), k())
	reset()
	fmt.Println("str2bytes", []byte(str), k())
	reset()
	fmt.Println("str2runes", []rune(str), k())
	reset()
	fmt.Println("field", p.x, k())
	reset()
	fmt.Println("deref", *p, k())
	reset()
	fmt.Println("array", arr, k())
	reset()
	fmt.Println("arrelem", arr[0], k())
	reset()
	fmt.Println("sliceelem", s[0], k())
	reset()
	fmt.Println("slicelit", []int{a}, k())
	reset()
	fmt.Println("structlit", struct{ v int }{a}, k())
	reset()
	fmt.Println("maplit", map[int]int{1: a}, k())
	reset()
	fmt.Println("arraylit", [1]int{a}, k())
	reset()
	fmt.Println("append", append([]int{}, a), k())
	reset()
	fmt.Println("min", min(a, 5), k())
	reset()
	fmt.Println("make", make([]int, a), k())
	reset()
	fmt.Println("new", *new(int)+a, k())
	reset()
	fmt.Println("conv", float64(a), k())
	reset()
	fmt.Println("any", any(a), k())
	reset()
	fmt.Println("neg", -a, k())
	reset()
	fmt.Println("add", a+0, k())
	reset()
	fmt.Println("var", a, k())
	reset()
	fmt.Println("reslice", s[a-1:], k())
	reset()
	fmt.Println("arrslice", arr[a-1:], k())
	reset()
	fmt.Println("strslice", str[a-1:], k())
	reset()
	fmt.Println("method", u.Get(), k())
	reset()
	fmt.Println("methodval", u, k())
	reset()
	fmt.Println("strcat", str+"!", k())
	reset()
	fmt.Println("bytes2str", string([]byte{'q'})+str, k())
	reset()
	fmt.Println("andand", a == 1 && true, k())
	reset()
	fmt.Println("cmp", a == 1, k())
	reset()
	fmt.Println("structcmp", u == U{1}, k())
	reset()
	fmt.Println("arrcmp", arr == [2]int{1, 2}, k())
	reset()
	fmt.Println("strcmp", str == "ab", k())
	reset()
	fmt.Println("ifacecmp", iv == 1, k())
	reset()
	fmt.Println("ifaceconv_struct", any(u), k())
	reset()
	fmt.Println("ifaceconv_arr", any(arr), k())
	reset()
	fmt.Println("ifaceconv_str", any(str), k())
	reset()
	fmt.Println("real", real(complex(float64(a), 0)), k())
	reset()
	fmt.Println("copy", copy(make([]int, 1), s), s, k())
	reset()
	fmt.Println("len_str", len(str), k())
	reset()
	fmt.Println("len_map", len(m), k())
	reset()
	fmt.Println("len_arrptr", len(&arr), k())
	reset()
	x := []int{a, k()}
	fmt.Println("slicelit2", x)
	reset()
	y := a + k()
	fmt.Println("binop", y)
	reset()
	var z = P{a, k()}
	fmt.Println("assign-structlit", z)
}

func returns() (int, int) {
	a = 1
	return a, g()
}

func main() {
	assignments()
	expressions()
	builtins()
	fmt.Println(returns())
}
