package main

type point struct {
	x, y int
}

type account struct {
	name    string
	balance float64
	tags    []string
}

func main() {
	groups := map[string][]int{}
	for i := 0; i < 10; i++ {
		key := "odd"
		if i%2 == 0 {
			key = "even"
		}
		groups[key] = append(groups[key], i)
	}
	println(len(groups["even"]), groups["even"][4], len(groups["odd"]), groups["odd"][0])

	pts := map[string]point{"a": {1, 2}}
	p := pts["a"]
	p.x = 10
	println(pts["a"].x, p.x)
	pts["a"] = p
	println(pts["a"].x, pts["a"].y, pts["missing"].x)

	ptrs := map[int]*point{}
	ptrs[1] = &point{3, 4}
	ptrs[1].y = 40
	println(ptrs[1].y, ptrs[2] == nil)

	nested := map[string]map[string]int{}
	for _, w := range []string{"a:x", "a:y", "b:x", "a:x"} {
		outer, inner := w[:1], w[2:]
		if nested[outer] == nil {
			nested[outer] = map[string]int{}
		}
		nested[outer][inner]++
	}
	println(len(nested), len(nested["a"]), nested["a"]["x"], nested["b"]["x"], nested["c"]["x"])

	accts := map[int]account{7: {name: "bob", balance: 1.5, tags: []string{"t"}}}
	a := accts[7]
	println(a.name, a.balance, len(a.tags), a.tags[0])
	_, ok := accts[8]
	println(ok, accts[8].name == "", accts[8].tags == nil)

	funcs := map[string]bool{"x": true}
	funcs["y"] = !funcs["x"]
	println(funcs["x"], funcs["y"], funcs["z"])

	arrs := map[int][3]int{}
	arrs[1] = [3]int{1, 2, 3}
	println(arrs[1][2], arrs[2][0])

	sum := 0.0
	fm := map[float64]float64{0.5: 1.5, 2: 3.25}
	for k, v := range fm {
		sum += k * v
	}
	println(sum)
}
