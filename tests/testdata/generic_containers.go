package main

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] { return &Heap[T]{less: less} }

func (h *Heap[T]) Push(v T) {
	h.data = append(h.data, v)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() (T, bool) {
	var zero T
	if len(h.data) == 0 {
		return zero, false
	}
	top := h.data[0]
	n := len(h.data) - 1
	h.data[0] = h.data[n]
	h.data = h.data[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < n && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top, true
}

func (h *Heap[T]) Len() int { return len(h.data) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func Union[T comparable](a, b Set[T]) Set[T] {
	out := Set[T]{}
	for k := range a {
		out.Add(k)
	}
	for k := range b {
		out.Add(k)
	}
	return out
}

func Max[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

type Celsius float64

func main() {
	h := NewHeap(func(a, b int) bool { return a < b })
	for _, v := range []int{5, 3, 8, 1, 9, 2, 7} {
		h.Push(v)
	}
	for h.Len() > 0 {
		v, _ := h.Pop()
		print(v, " ")
	}
	println()
	hs := NewHeap(func(a, b string) bool { return len(a) > len(b) })
	for _, s := range []string{"aa", "b", "dddd", "ccc"} {
		hs.Push(s)
	}
	s, ok := hs.Pop()
	println(s, ok)
	a, b := Set[string]{}, Set[string]{}
	a.Add("x")
	a.Add("y")
	b.Add("y")
	b.Add("z")
	u := Union(a, b)
	println(len(u), u.Has("z"), u.Has("w"))
	println(Max(3, 9, 2), Max("pear", "apple"), Max[Celsius](-1.5, -0.5), Max[uint8](200, 255, 3))
}
