package main

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func SortFunc[T any](s []T, less func(a, b T) bool) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && less(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func Sort[T Ordered](s []T) { SortFunc(s, func(a, b T) bool { return a < b }) }

func Index[T comparable](s []T, v T) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

func Uniq[T comparable](s []T) []T {
	seen := make(map[T]bool)
	var out []T
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func GroupBy[T any, K comparable](s []T, key func(T) K) map[K][]T {
	m := map[K][]T{}
	for _, x := range s {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func BinarySearch[T Ordered](s []T, v T) (int, bool) {
	lo, hi := 0, len(s)
	for lo < hi {
		m := (lo + hi) / 2
		if s[m] < v {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(s) && s[lo] == v
}

type person struct {
	name string
	age  int
}

func main() {
	xs := []int{5, 2, 8, 2, 9, 1, 5}
	Sort(xs)
	for _, x := range xs {
		print(x, " ")
	}
	println()
	println(Index(xs, 8), Index([]string{"a", "b"}, "c"), len(Uniq(xs)))
	println(BinarySearch(xs, 5))
	println(BinarySearch([]string{"ant", "bee", "cat"}, "bat"))
	people := []person{{"al", 30}, {"bo", 25}, {"cy", 30}, {"di", 41}}
	SortFunc(people, func(a, b person) bool { return a.age > b.age || a.age == b.age && a.name < b.name })
	for _, p := range people {
		print(p.name, ":", p.age, " ")
	}
	println()
	g := GroupBy(people, func(p person) int { return p.age / 10 })
	println(len(g), len(g[3]), g[4][0].name)
	z := Zip([]string{"x", "y", "z"}, []float64{1.5, 2.5})
	println(len(z), z[1].First, z[1].Second, z[0].Swap().First)
	fs := []float64{3.5, -1, 2}
	Sort(fs)
	println(fs[0], fs[2])
}
