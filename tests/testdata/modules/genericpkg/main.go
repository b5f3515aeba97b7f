package main

import (
	"example.com/genericpkg/coll"
	"example.com/genericpkg/num"
)

type local int

func main() {
	s := coll.New([3]num.Meters{1.5, 0.5, 2.5})
	s.Push(2)
	println(s.Len(), s.Max())
	t := coll.New([3]string{"b", "c", "a"})
	println(t.Max(), num.Max[local](3, 4), num.Max("x", "y"))
	var l coll.Stack[local]
	l.Push(7)
	println(l.Max(), coll.Internal())
}
