package main

// Types declared inside generic functions depend on the type parameters: one type per instance.

func Collect[T any](a, b, c T) (T, T, int) {
	type entry struct {
		v    T
		next *entry
	}
	var head *entry
	for _, v := range [3]T{a, b, c} {
		head = &entry{v, head}
	}
	n := 0
	var first, last T
	for e := head; e != nil; e = e.next {
		if n == 0 {
			first = e.v
		}
		last = e.v
		n++
	}
	return first, last, n
}

func Describe[T any](x T) string {
	type wrapper struct{ x T }
	var w any = wrapper{x}
	switch w.(type) {
	case wrapper:
		return "wrapper"
	}
	return "?"
}

// F's local type w is a different type in F[int] and F[string].
func F[T any](x T, other any) (any, bool) {
	type w struct{ x T }
	_, ok := other.(w)
	return w{x}, ok
}

func main() {
	a, ok1 := F(1, nil)
	_, ok2 := F("s", a)
	_, ok3 := F(2, a)
	println(ok1, ok2, ok3)
	f, l, n := Collect(1, 2, 3)
	println(f, l, n)
	fs, ls, ns := Collect("a", "b", "c")
	println(fs, ls, ns)
	println(Describe(1), Describe("s"))
}
