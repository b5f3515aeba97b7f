package main

// Generic structs with several type parameters, methods returning other instances.

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] {
	return Pair[K, V]{Key: k, Val: v}
}

func (p Pair[K, V]) WithVal(v V) Pair[K, V] {
	p.Val = v
	return p
}

func (p *Pair[K, V]) Set(v V) { p.Val = v }

func (p Pair[K, V]) Is(k K) bool { return p.Key == k }

type Triple[A, B, C any] struct {
	a A
	b B
	c C
}

func Zip3[A, B, C any](a A, b B, c C) Triple[A, B, C] { return Triple[A, B, C]{a, b, c} }

func (t Triple[A, B, C]) Rotate() Triple[B, C, A] { return Triple[B, C, A]{t.b, t.c, t.a} }

func Swap[A, B comparable](p Pair[A, B]) Pair[B, A] { return MakePair(p.Val, p.Key) }

func main() {
	p := MakePair("answer", 42)
	println(p.Key, p.Val, p.Is("answer"), p.Is("question"))
	q := p.WithVal(43)
	println(p.Val, q.Val)
	p.Set(7)
	println(p.Val)
	pp := &p
	pp.Set(8)
	println(p.Val, pp.Val)

	s := Swap(p)
	println(s.Key, s.Val, s.Is(8))

	n := MakePair(1.5, MakePair(true, "nested"))
	println(n.Key, n.Val.Key, n.Val.Val)

	t := Zip3(1, "two", 3.0)
	r := t.Rotate()
	rr := r.Rotate().Rotate()
	println(r.a, r.b, r.c)
	println(rr.a, rr.b, rr.c)

	var zero Pair[int, Pair[string, bool]]
	println(zero.Key, zero.Val.Key == "", zero.Val.Val)
}
