package main

type Graph map[string]map[string]int

func (g Graph) AddEdge(a, b string, w int) {
	if g[a] == nil {
		g[a] = map[string]int{}
	}
	g[a][b] = w
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func main() {
	g := Graph{}
	g.AddEdge("a", "b", 1)
	g.AddEdge("a", "c", 4)
	g.AddEdge("b", "c", 2)
	g.AddEdge("c", "a", 7)
	for _, k := range []string{"a", "b", "c", "d"} {
		print(k, ":")
		for _, n := range sortedKeys(g[k]) {
			print(" ", n, "=", g[k][n])
		}
		println()
	}
	println(len(g), len(g["d"]), g["d"]["x"])
	counts := map[[2]int]int{}
	for i := 0; i < 30; i++ {
		counts[[2]int{i % 3, i % 5}]++
	}
	println(len(counts), counts[[2]int{0, 0}], counts[[2]int{2, 4}])
	type stats struct{ n, sum int }
	agg := map[string]*stats{}
	for i, w := range []string{"x", "y", "x", "z", "x", "y"} {
		s, ok := agg[w]
		if !ok {
			s = &stats{}
			agg[w] = s
		}
		s.n++
		s.sum += i
	}
	for _, k := range []string{"x", "y", "z"} {
		println(k, agg[k].n, agg[k].sum)
	}
	arrv := map[string][3]int{}
	a := arrv["k"]
	a[1] = 5
	arrv["k"] = a
	println(arrv["k"][1], arrv["k"][0])
	sm := map[string][]string{}
	sm["a"] = append(sm["a"], "1", "2")
	sm["a"][0] = "changed"
	println(sm["a"][0], len(sm["a"]))
	big := map[int]string{}
	for i := 0; i < 5000; i++ {
		big[i*7919%10007] = string(rune('a' + i%26))
	}
	for i := 0; i < 5000; i += 2 {
		delete(big, i*7919%10007)
	}
	println(len(big), big[7919], big[2*7919%10007] == "")
}
