package main

// A fixed-capacity generic stack: per-instance layout of an array of T.

type Stack[T any] struct {
	items [16]T
	n     int
}

func (s *Stack[T]) Push(v T) bool {
	if s.n == len(s.items) {
		return false
	}
	s.items[s.n] = v
	s.n++
	return true
}

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if s.n == 0 {
		return zero, false
	}
	s.n--
	v := s.items[s.n]
	s.items[s.n] = zero
	return v, true
}

func (s *Stack[T]) Peek() T { return s.items[s.n-1] }

func (s Stack[T]) Len() int { return s.n }

func (s *Stack[T]) Empty() bool { return s.Len() == 0 }

type point struct{ x, y int16 }

func Reverse[T any](in [5]T) [5]T {
	var s Stack[T]
	for _, v := range in {
		s.Push(v)
	}
	var out [5]T
	for i := 0; !s.Empty(); i++ {
		out[i], _ = s.Pop()
	}
	return out
}

func main() {
	var a Stack[int]
	for i := 0; i < 20; i++ {
		if !a.Push(i * i) {
			println("full at", i)
			break
		}
	}
	println(a.Len(), a.Peek())
	sum := 0
	for !a.Empty() {
		v, _ := a.Pop()
		sum += v
	}
	_, ok := a.Pop()
	println(sum, ok)

	var s Stack[string]
	s.Push("x")
	s.Push("y")
	top, _ := s.Pop()
	println(top, s.Len(), s.Peek())

	ps := &Stack[point]{}
	ps.Push(point{1, 2})
	ps.Push(point{3, 4})
	p, _ := ps.Pop()
	println(p.x, p.y, ps.Peek().x)

	r := Reverse([5]string{"a", "b", "c", "d", "e"})
	println(r[0], r[1], r[2], r[3], r[4])
	ri := Reverse([5]float64{0.5, 1, 1.5, 2, 2.5})
	println(ri[0], ri[4])
}
