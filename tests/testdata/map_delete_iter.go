package main

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	n := 0
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
			delete(m, k+1)
		}
		n++
	}
	println(len(m), n <= 100)
	for k := range m {
		if k%2 == 0 {
			println("bad", k)
		}
	}
	cnt := 0
	for k := range m {
		clear(m)
		cnt++
		_ = k
	}
	println(cnt, len(m))
	m2 := map[string][]int{}
	words := []string{"a", "b", "a", "c", "b", "a"}
	for i, w := range words {
		m2[w] = append(m2[w], i)
	}
	println(len(m2["a"]), m2["a"][2], len(m2["b"]), len(m2["zz"]))
	var nilmap map[string]int
	println(nilmap["x"], len(nilmap))
	delete(nilmap, "x")
	for range nilmap {
		println("never")
	}
}
