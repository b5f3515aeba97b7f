package main

// Zero values of type parameters: var zero T, *new(T), named results, zero structs per instance.

type point struct {
	x, y float64
	tag  string
}

func Zero[T any]() T {
	var zero T
	return zero
}

func NewZero[T any]() T { return *new(T) }

func IsZero[T comparable](v T) bool {
	var zero T
	return v == zero
}

func Default[T comparable](v, def T) (out T) {
	if IsZero(v) {
		out = def
		return
	}
	out = v
	return
}

func Alloc[T any](v T) *T {
	p := new(T)
	*p = v
	return p
}

type Box[T any] struct {
	v   T
	set bool
}

func (b *Box[T]) Get() T {
	if !b.set {
		return *new(T)
	}
	return b.v
}

func (b *Box[T]) Put(v T) { b.v, b.set = v, true }

func main() {
	println(Zero[int](), Zero[string]() == "", Zero[bool](), Zero[float32](), Zero[*int]() == nil)
	p := Zero[point]()
	println(p.x, p.y, p.tag == "")
	q := NewZero[point]()
	println(q.x, q.tag == "", NewZero[int64](), NewZero[[3]int]()[2])
	println(IsZero(0), IsZero(1), IsZero(""), IsZero("a"), IsZero(2.5), IsZero(0.0))
	println(Default(0, 42), Default(7, 42), Default("", "none"), Default(0.0, 1.5))
	a := Alloc(3)
	*a += 4
	s := Alloc("str")
	pp := Alloc(point{x: 1})
	pp.y = 2
	println(*a, *s, pp.x, pp.y)
	var b Box[point]
	println(b.Get().tag == "", b.Get().x)
	b.Put(point{tag: "full"})
	println(b.Get().tag)
	var bi Box[int]
	bi.Put(9)
	println(bi.Get(), bi.set)
}
