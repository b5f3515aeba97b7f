package main

// Generic types backed by maps: Set[T comparable], counting, inverting; order-independent output.

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items []T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T)           { s.m[v] = struct{}{} }
func (s *Set[T]) Has(v T) bool      { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int          { return len(s.m) }
func (s *Set[T]) Remove(v T)        { delete(s.m, v) }

func Intersect[T comparable](a, b *Set[T]) *Set[T] {
	out := NewSet[T](nil)
	for k := range a.m {
		if b.Has(k) {
			out.Add(k)
		}
	}
	return out
}

func Count[K comparable](items []K) map[K]int {
	m := map[K]int{}
	for _, it := range items {
		m[it]++
	}
	return m
}

func Invert[K, V comparable](m map[K]V) map[V]K {
	out := make(map[V]K, len(m))
	for k, v := range m {
		out[v] = k
	}
	return out
}

func SumValues[K comparable, V ~int | ~float64](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	hits  int
	miss  int
}

func (c *Cache[K, V]) Get(k K, compute func(K) V) V {
	if c.data == nil {
		c.data = map[K]V{}
	}
	if v, ok := c.data[k]; ok {
		c.hits++
		return v
	}
	c.miss++
	v := compute(k)
	c.data[k] = v
	return v
}

func length(s string) int { return len(s) }

func main() {
	a := NewSet([]int{1, 2, 3, 4})
	b := NewSet([]int{3, 4, 5})
	in := Intersect(a, b)
	println(in.Len(), in.Has(3), in.Has(4), in.Has(1))
	a.Remove(1)
	println(a.Len(), a.Has(1))
	ws := NewSet([]string{"x", "y", "x"})
	println(ws.Len(), ws.Has("y"))

	c := Count([]string{"a", "b", "a", "c", "a"})
	println(len(c), c["a"], c["b"], c["z"])
	inv := Invert(map[string]int{"one": 1, "two": 2})
	println(inv[1], inv[2], len(inv))
	println(SumValues(c), SumValues(map[int]float64{1: 0.5, 2: 1.5}))

	var cache Cache[string, int]
	for _, w := range []string{"go", "wasm", "go", "go", "py"} {
		cache.Get(w, length)
	}
	n := cache.Get("wasm", length)
	println(cache.hits, cache.miss, n)
}
