package main

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	v, ok := m["two"]
	println(v, ok, len(m))
	delete(m, "one")
	counts := make(map[int]int)
	for k, v := range m {
		counts[v] += len(k)
	}
	type key struct{ a, b int }
	pts := map[key]bool{{1, 2}: true}
	println(pts[key{1, 2}], counts[3])
}
