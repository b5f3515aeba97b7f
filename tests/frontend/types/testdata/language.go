package main

import "unsafe"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	Name() string
}

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

type Rect struct {
	Point
	W, H float64
	tags map[string][]int
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r *Rect) Name() string      { return "rect" }

type List[T any] struct {
	head *node[T]
	n    int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head}; l.n++ }
func (l *List[T]) All() func(yield func(int, T) bool) {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.v) {
				return
			}
			i++
		}
	}
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Keys[K comparable, V any](m map[K]V) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func mayFail(b bool) (int, error) {
	if b {
		return 0, &MyErr{"bad"}
	}
	return 1, nil
}

func main() {
	p := Point{1, 2}
	p.Scale(3)
	q := p.Add(Point{X: 1})
	r := &Rect{Point: q, W: 2, H: 3}
	var s Shape = r
	var n Named = r
	println(s.Area(), n.Name(), r.X, r.Point.Y)
	if rr, ok := s.(*Rect); ok {
		println(rr.W)
	}
	switch v := s.(type) {
	case *Rect:
		println(v.H)
	case nil:
	default:
		_ = v
	}
	f := Point.Add
	g := (*Point).Scale
	h := p.Add
	g(&p, 2)
	println(f(p, q).X, h(q).Y)
	m := map[string]int{"a": 1, "b": 2}
	v, ok := m["a"]
	delete(m, "b")
	println(v, ok, len(m), Keys(m)[0])
	sl := []int{1, 2, 3}
	sl = append(sl, 4, 5)
	sl = append(sl, sl...)
	arr := [...]int{1, 2, 3}
	ap := &arr
	println(cap(sl), len(arr), ap[1], len(ap))
	bs := []byte("hello")
	rs := []rune("héllo")
	str := string(bs) + string(rs[0])
	var a4 [4]byte = [4]byte(bs[:4])
	println(str, a4[0], copy(bs, "xy"))
	ch := make(chan int, 3)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for x := range ch {
			println(x)
		}
	}()
	ch <- 1
	close(ch)
	<-done
	select {
	case x, ok := <-ch:
		_, _ = x, ok
	default:
	}
	var l List[string]
	l.Push("a")
	l.Push("b")
	for i, s := range l.All() {
		println(i, s)
	}
	println(Sum(1, 2, 3), Sum(1.5, 2), Sum[int64]())
	strs := Map(sl, func(i int) string { return string(rune('a' + i)) })
	println(len(strs), min(1, 2, 3), max(2.5, 1))
	cnt := 0
	inc := func() int { cnt++; return cnt }
	inc()
	_, err := mayFail(true)
	if err != nil {
		println(err.Error())
	}
	defer func() {
		if r := recover(); r != nil {
			println("recovered")
		}
	}()
	var up unsafe.Pointer = unsafe.Pointer(&p)
	println(unsafe.Sizeof(p), uintptr(up) != 0, unsafe.Offsetof(r.W))
	c := complex(1, 2)
	println(real(c), imag(c))
	clear(m)
	type local struct{ a, b int }
	lv := local{1, 2}
	println(lv.a + lv.b)
	var iface interface{} = 42
	if i, ok := iface.(int); ok {
		println(i)
	}
	var x8 uint8 = 255
	x8 += 1
	println(x8 >> 1, ^x8, -5%3, 7&^5)
	goto end
end:
	println("end")
}
