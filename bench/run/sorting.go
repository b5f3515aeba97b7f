// Sorting: slices.Sort and sort.Slice over a million ints and structs.
package main

import (
	"fmt"
	"slices"
	"sort"
)

type rec struct {
	key  int
	name string
}

func main() {
	seed := uint32(1)
	xs := make([]int, 1000000)
	for i := range xs {
		seed = seed*1103515245 + 12345
		xs[i] = int(seed >> 1)
	}
	ys := slices.Clone(xs)
	slices.Sort(xs)
	recs := make([]rec, 300000)
	for i := range recs {
		recs[i] = rec{ys[i] % 1000, "r"}
	}
	sort.Slice(recs, func(i, j int) bool { return recs[i].key < recs[j].key })
	fmt.Println(xs[0], xs[len(xs)/2], xs[len(xs)-1], recs[0].key, recs[len(recs)-1].key, slices.IsSorted(xs))
}
