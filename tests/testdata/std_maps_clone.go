package main

import (
	"maps"
	"math"
	"slices"
)

type M map[string][]int

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := maps.Clone(m)
	c["a"] = 100
	delete(c, "b")
	println(len(m), m["a"], m["b"], len(c), c["a"], c["c"])
	var nm map[int]bool
	println(maps.Clone(nm) == nil)
	f := map[float64]string{math.NaN(): "nan", 1.5: "x"}
	println(len(maps.Clone(f)))
	mm := M{"k": {1, 2}}
	cc := maps.Clone(mm)
	cc["k"][0] = 9
	println(mm["k"][0], len(cc))
	keys := slices.Sorted(maps.Keys(c))
	println(len(keys), keys[0], keys[1])
}
