// Package coll: generic types whose methods call generics of another package.
package coll

import "example.com/genericpkg/num"

type Stack[T num.Ordered] struct {
	items [8]T
	n     int
	top   T
}

func (s *Stack[T]) Push(v T) {
	s.items[s.n] = v
	s.n++
	s.top = num.Max(s.top, v)
}

func (s *Stack[T]) Max() T { return s.top }

func (s *Stack[T]) Len() int { return s.n }

func New[T num.Ordered](vs [3]T) *Stack[T] {
	s := &Stack[T]{}
	for _, v := range vs {
		s.Push(v)
	}
	return s
}

type local int

// Internal instantiates with a type unexported from this package.
func Internal() int {
	s := New([3]local{4, 9, 2})
	return int(s.Max()) + s.Len()
}
