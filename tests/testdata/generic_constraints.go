package main

type Number interface {
	~int | ~int32 | ~int64 | ~float64 | ~uint8
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "#" + string(rune('0'+int(i))) }

func JoinAll[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

type PtrTo[T any] interface {
	*T
	Set(string)
}

type Box struct{ v string }

func (b *Box) Set(s string) { b.v = s }

func MakeAll[T any, P PtrTo[T]](vals []string) []T {
	out := make([]T, len(vals))
	for i, v := range vals {
		P(&out[i]).Set(v)
	}
	return out
}

type Vec []float64

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func main() {
	println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}), Sum([]uint8{200, 100}))
	v := Scale(Vec{1, 2, 3}, 2)
	println(len(v), v[2])
	println(JoinAll([]ID{1, 2, 3}))
	boxes := MakeAll[Box]([]string{"a", "b"})
	println(boxes[0].v, boxes[1].v)
	println(Reduce([]string{"a", "bb", "ccc"}, 0, func(n int, s string) int { return n + len(s) }))
	println(Keys(map[string]bool{"x": true}))
}
