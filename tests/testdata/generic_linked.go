package main

type List[T any] struct {
	head, tail *node[T]
	n          int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) PushBack(v T) *List[T] {
	nd := &node[T]{val: v}
	if l.tail == nil {
		l.head = nd
	} else {
		l.tail.next = nd
	}
	l.tail = nd
	l.n++
	return l
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		f(i, n.val)
		i++
	}
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	l.Each(func(_ int, v T) { out.PushBack(f(v)) })
	return out
}

func (l *List[T]) ToSlice() []T {
	s := make([]T, 0, l.n)
	l.Each(func(_ int, v T) { s = append(s, v) })
	return s
}

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.val, o.ok }
func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

func (l *List[T]) Find(pred func(T) bool) Option[T] {
	for n := l.head; n != nil; n = n.next {
		if pred(n.val) {
			return Some(n.val)
		}
	}
	return None[T]()
}

type Tree[K interface{ ~int | ~string }, V any] struct {
	root *tnode[K, V]
	size int
}

type tnode[K interface{ ~int | ~string }, V any] struct {
	k           K
	v           V
	left, right *tnode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).k:
			p = &(*p).left
		case k > (*p).k:
			p = &(*p).right
		default:
			(*p).v = v
			return
		}
	}
	*p = &tnode[K, V]{k: k, v: v}
	t.size++
}

func (t *Tree[K, V]) InOrder(f func(K, V)) {
	var walk func(n *tnode[K, V])
	walk = func(n *tnode[K, V]) {
		if n == nil {
			return
		}
		walk(n.left)
		f(n.k, n.v)
		walk(n.right)
	}
	walk(t.root)
}

func main() {
	l := &List[int]{}
	l.PushBack(1).PushBack(2).PushBack(3)
	sq := MapList(l, func(x int) string { return string(rune('a' + x)) })
	sq.Each(func(i int, s string) { print(i, "=", s, " ") })
	println()
	println(len(l.ToSlice()), l.ToSlice()[2])
	v, ok := l.Find(func(x int) bool { return x > 1 }).Get()
	println(v, ok)
	println(l.Find(func(x int) bool { return x > 5 }).OrElse(-1))
	println(sq.Find(func(s string) bool { return s == "c" }).OrElse("none"))
	t := &Tree[string, int]{}
	for i, w := range []string{"m", "c", "x", "a", "e", "c"} {
		t.Put(w, i)
	}
	t.InOrder(func(k string, v int) { print(k, v, " ") })
	println(t.size)
}
