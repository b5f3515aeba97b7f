// Generic type aliases (go1.24): instantiation, aliases of generic types
// (methods stay usable), aliases of aliases, and use in generic functions.
package main

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(x T) { l.items = append(l.items, x) }
func (l *List[T]) Len() int { return len(l.items) }

type Set[K comparable] = map[K]bool
type Vec[T any] = []T
type L[T any] = List[T]
type IntList = L[int]
type Pair[A, B any] = struct {
	a A
	b B
}
type PtrTo[T any] = *T
type Fn[A, R any] = func(A) R
type V2[T any] = Vec[T]

func sum[T int | float64](v Vec[T]) T {
	var s T
	for _, x := range v {
		s += x
	}
	return s
}

func apply[A, R any](f Fn[A, R], xs V2[A]) V2[R] {
	var out []R
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func keys[K comparable](s Set[K]) int { return len(s) }

func main() {
	s := Set[string]{}
	s["a"] = true
	s["b"] = true
	println(len(s), s["a"], s["c"], keys(s))
	v := Vec[int]{1, 2, 3}
	println(sum(v), sum(Vec[float64]{1.5, 2}) == 3.5)
	var l L[int]
	l.Push(4)
	l.Push(5)
	println(l.Len(), l.items[1])
	var il IntList
	il.Push(7)
	var asList *List[int] = &il
	println(asList.Len())
	p := Pair[int, string]{1, "x"}
	var q struct {
		a int
		b string
	} = p
	println(q.a, q.b)
	x := 41
	var px PtrTo[int] = &x
	*px++
	println(x)
	lens := apply(func(s string) int { return len(s) }, Vec[string]{"go", "wasm", ""})
	println(len(lens), lens[0], lens[1], lens[2])
	var iface any = Vec[int]{}
	_, ok := iface.([]int)
	println(ok)
}
