// Bool fields written in every way the whole-program "never set" rule must see
// (backend/constfields.py): each must read back true.
package main

import "fmt"

type flags struct {
	lit, static, ptr, closure, conv, mapv, chanv, method, iface, cond, never bool
	n                                                                   int
}

type other struct {
	lit, static, ptr, closure, conv, mapv, chanv, method, iface, cond, never bool
	n                                                                   int
}

var global = flags{static: true}

var table = []flags{{n: 1}, {n: 2, static: true}}

func set(p *bool) { *p = true }

func (f *flags) setMethod() { f.method = true }

type setter interface{ setMethod() }

func pick(x int) bool { return x > 2 }

type wrapper struct {
	inner flags
	ok    bool
}

func main() {
	var f flags
	f2 := flags{lit: true}
	set(&f.ptr)
	func() { f.closure = true }()
	o := other{conv: true}
	f3 := flags(o)
	m := map[string]flags{"a": {mapv: true}}
	ch := make(chan flags, 1)
	ch <- flags{chanv: true}
	f4 := <-ch
	var s setter = &f
	s.setMethod()
	f.cond = pick(3)
	w := wrapper{inner: flags{iface: true}}
	w.ok = len(m) > 0
	fmt.Println(f2.lit, global.static, table[1].static, table[0].static, f.ptr, f.closure, f3.conv,
		m["a"].mapv, f4.chanv, f.method, w.inner.iface, f.cond, f.never, w.ok)
	fmt.Printf("%+d|%#v|% d|%-4s|%5.2f|%x\n", 5, "q", 7, "ab", 3.14159, "hi")
	fmt.Println(fmt.Sprintf("%#v", struct{ A int }{1}), fmt.Sprintf("%+v", struct{ A int }{2}))
}
