package main

type Base[T any] struct {
	items []T
}

func (b *Base[T]) Add(x T)  { b.items = append(b.items, x) }
func (b *Base[T]) Len() int { return len(b.items) }

type Named[T any] struct {
	Base[T]
	Name string
}

func (n Named[T]) Describe() string {
	s := n.Name + ":"
	for i := 0; i < n.Len(); i++ {
		s += "*"
	}
	return s
}

type Lener interface{ Len() int }

type Num interface{ ~int | ~float64 }

type Stats[T Num] struct{ Base[T] }

func (s *Stats[T]) Mean() float64 {
	var sum T
	for _, x := range s.items {
		sum += x
	}
	return float64(sum) / float64(len(s.items))
}

type Matrix[T Num] [][]T

func Identity[T Num](n int) Matrix[T] {
	m := make(Matrix[T], n)
	for i := range m {
		m[i] = make([]T, n)
		m[i][i] = 1
	}
	return m
}

func (m Matrix[T]) Trace() T {
	var t T
	for i := range m {
		t += m[i][i]
	}
	return t
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	load  func(K) V
	loads int
}

func NewCache[K comparable, V any](f func(K) V) *Cache[K, V] {
	return &Cache[K, V]{data: map[K]V{}, load: f}
}

func (c *Cache[K, V]) Get(k K) V {
	if v, ok := c.data[k]; ok {
		return v
	}
	c.loads++
	v := c.load(k)
	c.data[k] = v
	return v
}

func main() {
	n := Named[string]{Name: "words"}
	n.Add("a")
	n.Add("b")
	println(n.Describe(), n.Len())
	var l Lener = &n
	println(l.Len())
	s := &Stats[int]{}
	for i := 1; i <= 4; i++ {
		s.Add(i)
	}
	println(s.Mean())
	f := &Stats[float64]{}
	f.Add(0.5)
	f.Add(1)
	println(f.Mean(), f.Len())
	println(Identity[int](4).Trace(), Identity[float64](3).Trace())
	c := NewCache(func(k string) int { return len(k) * 10 })
	println(c.Get("abc"), c.Get("abc"), c.Get("x"), c.loads)
	type pt struct{ x, y int }
	pc := NewCache(func(p pt) string { return string(rune('a' + p.x + p.y)) })
	println(pc.Get(pt{1, 2}), pc.Get(pt{2, 1}), pc.loads)
}
