// golden: GOARCH=386
// slices: Sort, SortFunc, SortStableFunc, BinarySearch, Contains, Index, Insert, Delete, Compact, Reverse, Max, Min, Equal, Clip, Grow, Chunk-free.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Item struct {
	Name string
	N    int
}

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3}
	t := slices.Clone(s)
	slices.Sort(t)
	fmt.Println(s, t, slices.IsSorted(t))
	fmt.Println(slices.Contains(s, 9), slices.Index(s, 5), slices.Index(s, 7), slices.IndexFunc(s, func(v int) bool { return v > 4 }))
	i, found := slices.BinarySearch(t, 5)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(t, 7)
	fmt.Println(i, found)
	fmt.Println(slices.Max(s), slices.Min(s), slices.Equal(s, t), slices.Compare([]int{1, 2}, []int{1, 3}))
	u := slices.Compact(slices.Clone(t))
	fmt.Println(u, len(u))
	u = slices.Insert(u, 1, 100, 101)
	fmt.Println(u)
	u = slices.Delete(u, 0, 2)
	fmt.Println(u)
	slices.Reverse(u)
	fmt.Println(u)
	u = slices.DeleteFunc(u, func(v int) bool { return v%2 == 0 })
	fmt.Println(u)
	items := []Item{{"b", 2}, {"a", 2}, {"c", 1}, {"d", 3}, {"e", 1}}
	slices.SortStableFunc(items, func(a, b Item) int { return cmp.Compare(a.N, b.N) })
	fmt.Println(items)
	slices.SortFunc(items, func(a, b Item) int {
		return cmp.Or(-cmp.Compare(a.N, b.N), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(items)
	j, ok := slices.BinarySearchFunc(items, 2, func(it Item, n int) int { return cmp.Compare(n, it.N) })
	fmt.Println(j, ok)
	mx := slices.MaxFunc(items, func(a, b Item) int { return strings.Compare(a.Name, b.Name) })
	fmt.Println(mx)
	fmt.Println(slices.ContainsFunc(items, func(it Item) bool { return it.Name == "z" }))
	words := []string{"Go", "go", "GO"}
	fmt.Println(slices.EqualFunc(words, []string{"gO", "Go", "go"}, strings.EqualFold))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11, cap(slices.Clip(g)))
	r := slices.Replace([]int{0, 1, 2, 3}, 1, 3, 9, 9, 9)
	fmt.Println(r, slices.Concat([]int{1}, nil, []int{2, 3}), slices.Repeat([]string{"x"}, 3))
	keys := slices.Sorted(slices.Values([]string{"z", "a", "m"}))
	fmt.Println(keys, slices.Collect(slices.Values([]int{7, 8})))
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c, " ")
	}
	fmt.Println()
	fmt.Println(slices.AppendSeq([]int{0}, slices.Values([]int{1, 2})))
}
