// Generic methods (go1.27): methods with their own type parameters, on
// plain and generic types; explicit and inferred instantiation; method
// values and expressions; promotion through embedding; calls from generic
// code (receiver and method type arguments both substituted).
package main

type T struct{ n int }

func (t T) Conv[P int | float64](x P) P { return x + P(t.n) }

func (t *T) Add[P ~int](xs ...P) {
	for _, x := range xs {
		t.n += int(x)
	}
}

type List[E any] []E

func (l List[E]) Map[F any](m func(E) F) (r List[F]) {
	for _, x := range l {
		r = append(r, m(x))
	}
	return
}

func (l List[E]) Fold[A any](acc A, f func(A, E) A) A {
	for _, x := range l {
		acc = f(acc, x)
	}
	return acc
}

type G[F any] struct{ f F }

func (g G[F]) Pair[H any](h H) (F, H) { return g.f, h }
func (G[F]) Deref[P *F](p P) F        { return *p }

// a sibling method: the receiver's type parameter in a method type argument
func (g G[F]) Sib() F {
	var f F = g.f
	return g.Deref(&f)
}

type Wrap struct {
	T
	label string
}

type MyInt int

// called from a generic function: type arguments from the caller's
func lens[E any](l List[E], size func(E) int) int {
	return l.Map(size).Fold(0, func(a, b int) int { return a + b })
}

func pairUp[A, B any](a A, b B) (A, B) {
	return G[A]{a}.Pair(b)
}

type Stack[E any] struct{ items []E }

func (s *Stack[E]) Push(x E) { s.items = append(s.items, x) }
func (s *Stack[E]) Drain[R any](f func(E) R) []R {
	var out []R
	for len(s.items) > 0 {
		x := s.items[len(s.items)-1]
		s.items = s.items[:len(s.items)-1]
		out = append(out, f(x))
	}
	return out
}

func main() {
	t := T{n: 10}
	println(t.Conv(1), t.Conv[float64](0.5) == 10.5)
	t.Add(1, 2, 3)
	t.Add[MyInt](MyInt(4))
	println(t.n)

	l := List[string]{"a", "bb", "ccc"}
	r := l.Map(func(s string) int { return len(s) })
	println(len(r), r[0], r[1], r[2])
	f := l.Map[bool]
	bs := f(func(s string) bool { return len(s) > 1 })
	println(bs[0], bs[1], bs[2])
	println(lens(l, func(s string) int { return len(s) }), lens(List[int]{5, 6}, func(int) int { return 1 }))

	g := G[string]{"x"}
	a, b := g.Pair(42)
	println(a, b)
	var me func(G[string], int) (string, int) = G[string].Pair
	a2, b2 := me(g, 7)
	println(a2, b2)
	s := "ptr"
	println(G[string]{}.Deref(&s), g.Sib())
	p1, p2 := pairUp(15, "two")
	println(p1, p2)

	w := Wrap{T{n: 1}, "w"}
	println(w.Conv(2), w.label)
	mv := w.Conv[int]
	println(mv(5))
	var wconv func(Wrap, int) int = Wrap.Conv[int]
	println(wconv(w, 100))
	var ex func(T, float64) float64 = T.Conv
	println(ex(t, 1) == 21)
	var inferred func(int) int = t.Conv
	println(inferred(3))

	var st Stack[int]
	st.Push(1)
	st.Push(2)
	st.Push(3)
	out := st.Drain(func(x int) string { return string(rune('a' + x)) })
	println(len(out), out[0], out[1], out[2], len(st.items))

	done := make(chan int)
	go func() {
		done <- t.Conv(1000)
	}()
	println(<-done)
	defer func() { println("deferred", t.n) }()
	defer t.Add(MyInt(100))
}
