// golden: GOARCH=386
// sort, slices and cmp with println only (no fmt).
package main

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func show(xs []int) {
	for _, x := range xs {
		print(x, " ")
	}
	println()
}

func main() {
	ints := []int{5, 2, 8, -1, 9, 3, 2}
	sort.Ints(ints)
	show(ints)
	println(sort.IntsAreSorted(ints), sort.SearchInts(ints, 8), sort.SearchInts(ints, 4))
	strs := []string{"pear", "apple", "fig", "Banana"}
	sort.Strings(strs)
	println(strings.Join(strs, ","))
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}}
	sort.Stable(ByAge(people))
	for _, p := range people {
		print(p.Name, ":", p.Age, " ")
	}
	println()
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	println(people[0].Name, people[4].Name)
	s := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3}
	t := slices.Clone(s)
	slices.Sort(t)
	show(t)
	i, found := slices.BinarySearch(t, 5)
	println(i, found, slices.Contains(s, 9), slices.Index(s, 5), slices.Max(s), slices.Min(s))
	t = slices.Compact(t)
	show(t)
	t = slices.Insert(t, 1, 100, 101)
	t = slices.Delete(t, 0, 1)
	slices.Reverse(t)
	show(t)
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	for _, p := range people {
		print(p.Name, " ")
	}
	println()
	println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.5, 2.5), min(3, 1, 2), max(4, 7))
	println(slices.Equal(s, t), slices.Compare([]int{1, 2}, []int{1, 3}), slices.IndexFunc(s, func(v int) bool { return v > 4 }))
	big := make([]int, 300)
	for k := range big {
		big[k] = (k * 7919) % 301
	}
	slices.Sort(big)
	println(slices.IsSorted(big), big[0], big[299])
	for k, v := range slices.Backward([]string{"x", "y"}) {
		println(k, v)
	}
	keys := slices.Sorted(slices.Values([]string{"z", "a", "m"}))
	println(strings.Join(keys, ""))
}
