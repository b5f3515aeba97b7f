// golden: GOARCH=386
// maps and cmp: Keys/Values/All (sorted), Clone, Equal, DeleteFunc, Copy, Collect; cmp.Compare/Less/Or.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
)

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	c := maps.Clone(m)
	fmt.Println(maps.Equal(m, c), len(c))
	c["five"] = 5
	fmt.Println(maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(slices.Sorted(maps.Keys(c)))
	dst := map[string]int{"zero": 0, "one": 100}
	maps.Copy(dst, m)
	for _, k := range slices.Sorted(maps.Keys(dst)) {
		fmt.Print(k, "=", dst[k], " ")
	}
	fmt.Println()
	fmt.Println(maps.EqualFunc(map[int]string{1: "a"}, map[int]string{1: "A"}, func(a, b string) bool { return a != b }))
	sq := maps.Collect(func(yield func(int, int) bool) {
		for i := 1; i <= 4; i++ {
			if !yield(i, i*i) {
				return
			}
		}
	})
	for _, k := range slices.Sorted(maps.Keys(sq)) {
		fmt.Print(k, ":", sq[k], " ")
	}
	fmt.Println()
	inv := map[int]string{}
	maps.Insert(inv, func(yield func(int, string) bool) {
		for k, v := range m {
			if !yield(v, k) {
				return
			}
		}
	})
	fmt.Println(inv)
	sum := 0
	for k, v := range maps.All(m) {
		sum += v + len(k)
	}
	fmt.Println(sum)
	var nilmap map[string]int
	fmt.Println(maps.Clone(nilmap) == nil, len(maps.Clone(map[int]int{})))

	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan), cmp.Less(nan, -math.MaxFloat64))
	fmt.Println(cmp.Less("abc", "abd"), cmp.Or(0, 0, 3, 4), cmp.Or("", "def"), cmp.Or[int]())
	fmt.Println(min(3, 1, 2), max("a", "c", "b"), min(2.5, nan) != min(2.5, nan))
}
