package main

// A generic binary search tree over a locally defined cmp.Ordered.

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 | ~string
}

func Compare[T Ordered](a, b T) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

type Tree[K Ordered, V any] struct {
	root *node[K, V]
	size int
}

type node[K Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	t.root = t.put(t.root, k, v)
}

func (t *Tree[K, V]) put(n *node[K, V], k K, v V) *node[K, V] {
	if n == nil {
		t.size++
		return &node[K, V]{key: k, val: v}
	}
	switch c := Compare(k, n.key); {
	case c < 0:
		n.left = t.put(n.left, k, v)
	case c > 0:
		n.right = t.put(n.right, k, v)
	default:
		n.val = v
	}
	return n
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		c := Compare(k, n.key)
		if c == 0 {
			return n.val, true
		}
		if c < 0 {
			n = n.left
		} else {
			n = n.right
		}
	}
	var zero V
	return zero, false
}

func walk[K Ordered, V any](n *node[K, V], depth int) int {
	if n == nil {
		return depth
	}
	l := walk(n.left, depth+1)
	print(n.key, "=", n.val, " ")
	r := walk(n.right, depth+1)
	return max(l, r)
}

func (t *Tree[K, V]) Dump() {
	h := walk(t.root, 0)
	println("| size", t.size, "height", h)
}

type Name string

func main() {
	var t Tree[int, string]
	for _, k := range [...]int{50, 30, 70, 20, 40, 60, 80, 30} {
		t.Put(k, "v")
	}
	t.Put(40, "forty")
	t.Dump()
	v, ok := t.Get(40)
	println(v, ok)
	v, ok = t.Get(45)
	println(v == "", ok)

	words := &Tree[Name, int]{}
	for i, w := range [...]Name{"pear", "apple", "fig", "kiwi", "apple"} {
		words.Put(w, i)
	}
	words.Dump()
	n, found := words.Get("apple")
	println(n, found)

	ft := &Tree[float64, bool]{}
	ft.Put(2.5, true)
	ft.Put(-1, false)
	ft.Dump()
	println(Compare(uint8(3), 200), Compare("b", "a"), Compare(1.0, 1.0))
}
