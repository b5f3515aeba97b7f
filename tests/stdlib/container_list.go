// golden: GOARCH=386
// container/list and container/ring: insertion, removal, moves, iteration both ways.
package main

import (
	"container/list"
	"container/ring"
	"fmt"
)

func dump(l *list.List) {
	fmt.Print("[")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println(" ] len", l.Len())
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump(l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	dump(l)
	l.MoveAfter(e4, l.Back())
	dump(l)
	l.MoveBefore(e1, l.Front())
	dump(l)
	fmt.Println(l.Remove(e4), l.Front().Value, l.Back().Value)
	dump(l)
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	l.PushFrontList(other)
	dump(l)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
	for e := l.Front(); e != nil; {
		next := e.Next()
		if _, ok := e.Value.(string); ok {
			l.Remove(e)
		}
		e = next
	}
	dump(l)
	fmt.Println(l.Remove(e4), l.Len())
	var zero list.List
	zero.PushBack("lazy init")
	dump(&zero)
	l.Init()
	dump(l)

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	r = r.Move(2)
	removed := r.Unlink(2)
	fmt.Println(r.Len(), removed.Len())
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	fmt.Println(r.Prev().Value)
}
