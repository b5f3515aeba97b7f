package main

// A run-time panic inside an instance: index out of range in a generic method.

type Ring[T any] struct {
	buf  [4]T
	next int
}

func (r *Ring[T]) Add(v T) {
	r.buf[r.next%len(r.buf)] = v
	r.next++
}

func (r *Ring[T]) At(i int) T { return r.buf[i] }

func main() {
	var r Ring[string]
	for _, s := range [...]string{"a", "b", "c", "d", "e"} {
		r.Add(s)
	}
	println(r.At(0), r.At(3))
	i := 4
	println(r.At(i))
}
