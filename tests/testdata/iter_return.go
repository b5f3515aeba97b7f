package main

func pairs(yield func(int, int) bool) {
	for i := 0; i < 10; i++ {
		if !yield(i, i*i) {
			println("stopped at", i)
			return
		}
	}
	println("exhausted")
}

func find(target int) (int, bool) {
	for k, v := range pairs {
		if v == target {
			return k, true
		}
	}
	return -1, false
}

func sumUntil(limit int) (s int) {
	defer func() { s += 1000 }()
	for _, v := range pairs {
		if s+v > limit {
			return s
		}
		s += v
	}
	return s
}

type Tree struct {
	L, R *Tree
	V    int
}

func (t *Tree) All(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.L.All(yield) && yield(t.V) && t.R.All(yield)
}

func (t *Tree) Walk() func(func(int) bool) {
	return func(yield func(int) bool) { t.All(yield) }
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{V: v}
	}
	if v < t.V {
		t.L = insert(t.L, v)
	} else {
		t.R = insert(t.R, v)
	}
	return t
}

func main() {
	println(find(49))
	println(find(50))
	println(sumUntil(30))
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = insert(root, v)
	}
	for v := range root.Walk() {
		print(v, " ")
		if v >= 60 {
			break
		}
	}
	println()
	defer func() { println("recovered:", recover().(string)) }()
	for v := range root.Walk() {
		if v == 40 {
			panic("panic in loop body")
		}
	}
}
