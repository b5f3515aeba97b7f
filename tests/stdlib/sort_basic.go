// golden: GOARCH=386
// sort: Ints, Strings, Float64s, Slice, SliceStable, Sort with a custom type, Search, Reverse.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 8, -1, 9, 3, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "apple", "fig", "Banana", "apple"}
	sort.Strings(strs)
	fmt.Println(strs, sort.StringsAreSorted(strs))
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}}
	sort.Sort(ByAge(people))
	fmt.Println(people[0].Age, people[len(people)-1])
	sort.Stable(sort.Reverse(ByAge(people)))
	fmt.Println(people[0].Age, people[4].Age)
	ps := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Age < ps[j].Age })
	fmt.Println(ps)
	sort.Slice(ps, func(i, j int) bool { return ps[i].Name > ps[j].Name })
	fmt.Println(ps)
	fmt.Println(sort.SliceIsSorted(ps, func(i, j int) bool { return ps[i].Name > ps[j].Name }))
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sorted := []int{1, 3, 5, 7, 9, 11}
	fmt.Println(sort.SearchInts(sorted, 7), sort.SearchInts(sorted, 4), sort.SearchInts(sorted, 100))
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 6 })
	fmt.Println(i, sorted[i])
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"))
	j, found := sort.Find(len(sorted), func(i int) int { return 9 - sorted[i] })
	fmt.Println(j, found)
	big := make([]int, 200)
	for k := range big {
		big[k] = (k * 7919) % 211
	}
	sort.Ints(big)
	ok := true
	for k := 1; k < len(big); k++ {
		if big[k-1] > big[k] {
			ok = false
		}
	}
	fmt.Println(ok, big[0], big[199])
	ss := sort.StringSlice{"c", "a", "b"}
	ss.Sort()
	fmt.Println(ss, ss.Search("b"))
}
