// golden: GOARCH=386
// container/list, container/heap and maps/iter with println only (no fmt).
package main

import (
	"container/heap"
	"container/list"
	"iter"
	"maps"
	"slices"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.MoveToBack(e1)
	for e := l.Front(); e != nil; e = e.Next() {
		print(e.Value.(int), " ")
	}
	println(l.Len())
	l.Remove(e4)
	for e := l.Back(); e != nil; e = e.Prev() {
		print(e.Value.(int), " ")
	}
	println(l.Len())
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	heap.Push(h, 1)
	for h.Len() > 0 {
		print(heap.Pop(h).(int), " ")
	}
	println()
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		print(k, "=", m[k], " ")
	}
	println()
	c := maps.Clone(m)
	println(maps.Equal(m, c), len(c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	println(len(c), c["two"])
	sum := 0
	for v := range count(10) {
		if v == 7 {
			break
		}
		sum += v
	}
	println(sum, len(slices.Collect(count(5))))
}
