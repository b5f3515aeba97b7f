package main

// Instances created while building other instances: type arguments that are themselves
// substituted type parameters or instantiated types.

type Opt[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func None[T any]() Opt[T] { return Opt[T]{} }

func (o Opt[T]) Or(def T) T {
	if o.ok {
		return o.val
	}
	return def
}

func Map[T, U any](o Opt[T], f func(T) U) Opt[U] {
	if !o.ok {
		return None[U]()
	}
	return Some(f(o.val))
}

type Cell[T any] struct{ inner Opt[Opt[T]] }

func Wrap[T any](v T) Cell[T] { return Cell[T]{Some(Some(v))} }

func (c Cell[T]) Get() (T, bool) {
	var zero T
	o := c.inner.Or(None[T]())
	return o.Or(zero), o.ok
}

type Pair[A, B any] struct {
	a A
	b B
}

func Dup[T any](x T) Pair[T, T] { return Pair[T, T]{x, x} }

func DupDup[T any](x T) Pair[Pair[T, T], Opt[T]] { return Pair[Pair[T, T], Opt[T]]{Dup(x), Some(x)} }

func length(s string) int { return len(s) }

func half(n int) float64 { return float64(n) / 2 }

func main() {
	o := Some("four")
	n := Map(o, length)
	h := Map(n, half)
	println(n.Or(-1), h.Or(-1), Map(None[string](), length).Or(-1))
	c := Wrap(42)
	v, ok := c.Get()
	println(v, ok)
	var empty Cell[string]
	s, ok2 := empty.Get()
	println(s == "", ok2)
	d := DupDup(2.5)
	println(d.a.a, d.a.b, d.b.val, d.b.ok)
	dd := DupDup(Dup("x"))
	println(dd.a.b.a, dd.b.val.b)
}
