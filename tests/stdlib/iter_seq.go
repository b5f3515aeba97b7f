// golden: GOARCH=386
// iter: Seq and Seq2 producers, composition, early break, range-over-func.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Zip[A, B any](a iter.Seq[A], b []B) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		i := 0
		for v := range a {
			if i >= len(b) || !yield(v, b[i]) {
				return
			}
			i++
		}
	}
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) All(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.All(yield) && yield(t.Val) && t.Right.All(yield)
}

func (t *Tree) Walk() iter.Seq[int] {
	return func(yield func(int) bool) { t.All(yield) }
}

func main() {
	for v := range Count(3) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	evens := Filter(Count(20), func(v int) bool { return v%2 == 0 })
	sq := Map(evens, func(v int) string { return fmt.Sprint(v * v) })
	fmt.Println(strings.Join(slices.Collect(sq), ","))
	for v := range evens {
		if v > 6 {
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println()
	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		if i == 2 {
			break
		}
		fmt.Print(i, "=", s, " ")
	}
	fmt.Println()
	for a, b := range Zip(Count(10), []string{"x", "y"}) {
		fmt.Print(a, b, " ")
	}
	fmt.Println()
	t := &Tree{&Tree{nil, nil, 1}, &Tree{&Tree{nil, nil, 3}, nil, 4}, 2}
	fmt.Println(slices.Collect(t.Walk()))
	for v := range t.Walk() {
		if v == 3 {
			fmt.Println("found 3")
			break
		}
	}
	m := maps.Collect(Enumerate([]string{"p", "q"}))
	fmt.Println(m)
	total := 0
	func() {
		defer func() { fmt.Println("deferred, total", total) }()
		for v := range Count(100) {
			if v == 5 {
				return
			}
			total += v
		}
	}()
	for range Count(2) {
		fmt.Print("tick ")
	}
	fmt.Println()
}
