package main

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	println(len(m), m["one"], m["two"], m["three"], m["four"])
	m["four"] = 4
	m["one"] = 11
	println(len(m), m["one"], m["four"])
	v, ok := m["two"]
	println(v, ok)
	v, ok = m["five"]
	println(v, ok)
	if _, ok := m["three"]; ok {
		println("has three")
	}
	delete(m, "two")
	delete(m, "nothing")
	_, ok = m["two"]
	println(len(m), ok)
	m["three"] += 30
	m["three"] *= 2
	m["new"]++
	m["new"]++
	m["neg"]--
	println(m["three"], m["new"], m["neg"], len(m))
	shift := map[int]uint{1: 1}
	shift[1] <<= 4
	println(shift[1])

	counts := make(map[byte]int)
	for _, c := range []byte("mississippi") {
		counts[c]++
	}
	println(len(counts), counts['m'], counts['i'], counts['s'], counts['p'])

	hint := make(map[int]string, 100)
	hint[5] = "five"
	println(len(hint), hint[5], hint[6] == "")

	var nilMap map[string]bool
	println(nilMap == nil, len(nilMap), nilMap["x"])
	x, found := nilMap["y"]
	println(x, found)
	delete(nilMap, "z")
	for k := range nilMap {
		println("never", k)
	}
	clear(nilMap)

	// maps are references
	alias := m
	alias["shared"] = 7
	println(m["shared"], len(m) == len(alias))

	// multiple assignment with map elements
	pair := map[string]int{}
	pair["a"], pair["b"] = 1, 2
	pair["a"], pair["b"] = pair["b"], pair["a"]
	println(pair["a"], pair["b"])
	var i int
	i, pair["c"] = 5, 6
	println(i, pair["c"])
}
