package main

func main() {
	var fs [4]func() int
	for i := 0; i < 4; i++ {
		fs[i] = func() int { return i }
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var ps [3]*int
	for i := 0; i < 3; i++ {
		ps[i] = &i
	}
	println(*ps[0], *ps[1], *ps[2])
	// the body's changes are seen by the next iteration's copy
	var gs [5]func() int
	n := 0
	for i := 0; i < 10; i++ {
		i++
		gs[n] = func() int { return i * 10 }
		n++
	}
	for j := 0; j < n; j++ {
		print(gs[j](), " ")
	}
	println()
	arr := [3]string{"a", "b", "c"}
	var hs [3]func() string
	for i, s := range arr {
		hs[i] = func() string { return s }
	}
	println(hs[0](), hs[1](), hs[2]())
	var ks [3]func() int
	for i := range 3 {
		ks[i] = func() int { return i + 100 }
	}
	println(ks[0](), ks[1](), ks[2]())
	// a closure that modifies the loop variable affects only its iteration
	var inc [3]func()
	var get [3]func() int
	for i := 0; i < 3; i++ {
		inc[i] = func() { i += 10 }
		get[i] = func() int { return i }
	}
	inc[1]()
	println(get[0](), get[1](), get[2]())
}
