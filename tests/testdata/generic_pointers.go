package main

// Pointers to type parameters, pointer type arguments, and generic code mutating through them.

func Swap[T any](a, b *T) { *a, *b = *b, *a }

func Ptr[T any](v T) *T { return &v }

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

func Update[T any](p *T, f func(T) T) { *p = f(*p) }

func double(x int) int { return x * 2 }

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

type Incr interface{ inc() }

func IncAll[P Incr](a, b, c P) {
	a.inc()
	b.inc()
	c.inc()
}

func Same[T comparable](a, b T) bool { return a == b }

type Ref[T any] struct{ p *T }

func (r Ref[T]) Set(v T) { *r.p = v }
func (r Ref[T]) Get() T  { return *r.p }

func main() {
	x, y := 1, 2
	Swap(&x, &y)
	println(x, y)
	s, t := "s", "t"
	Swap(&s, &t)
	println(s, t)
	p := Ptr(41)
	*p++
	println(*p, Deref(p, 0), Deref[int](nil, -1), Deref((*string)(nil), "def"))
	Update(p, double)
	println(*p)
	c := &counter{}
	IncAll(c, c, c)
	println(c.n)
	q := Ptr(3.5)
	println(Same(p, p), Same(p, Ptr(84)), Same(q, q))
	r := Ref[string]{&s}
	r.Set("via ref")
	println(s, r.Get())
	pp := Ptr(p)
	**pp = 5
	println(*p, **pp)
}
