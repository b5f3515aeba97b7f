package main

type Ring[T any] struct {
	buf        []T
	head, size int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Push(v T) (evicted T, full bool) {
	if r.size == len(r.buf) {
		evicted = r.buf[r.head]
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		return evicted, true
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return
}

func (r *Ring[T]) Pop() (T, bool) {
	var zero T
	if r.size == 0 {
		return zero, false
	}
	v := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, true
}

func (r *Ring[T]) Slice() []T {
	out := make([]T, r.size)
	for i := range out {
		out[i] = r.buf[(r.head+i)%len(r.buf)]
	}
	return out
}

type MovingAvg struct {
	r   *Ring[float64]
	sum float64
}

func (m *MovingAvg) Add(x float64) float64 {
	if old, full := m.r.Push(x); full {
		m.sum -= old
	}
	m.sum += x
	return m.sum / float64(m.r.size)
}

func main() {
	r := NewRing[string](3)
	for _, s := range []string{"a", "b", "c", "d", "e"} {
		if ev, full := r.Push(s); full {
			println("evicted", ev)
		}
	}
	println(len(r.Slice()), r.Slice()[0], r.Slice()[2])
	v, ok := r.Pop()
	println(v, ok)
	r.Push("f")
	r.Push("g")
	for {
		v, ok := r.Pop()
		if !ok {
			break
		}
		print(v, " ")
	}
	println()
	m := &MovingAvg{r: NewRing[float64](4)}
	for _, x := range []float64{1, 2, 3, 4, 5, 6, 100} {
		print(m.Add(x), " ")
	}
	println()
}
