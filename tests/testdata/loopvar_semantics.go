package main

func main() {
	var fs []func() int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	println(*ps[0], *ps[1], *ps[2], ps[0] != ps[1])
	var gs []func()
	for i, s := 0, "a"; i < 3; i, s = i+1, s+"a" {
		gs = append(gs, func() { print(i, s, " ") })
	}
	for _, g := range gs {
		g()
	}
	println()
	acc := []func() int{}
	for i := range 3 {
		acc = append(acc, func() int { i *= 10; return i })
	}
	println(acc[0](), acc[1](), acc[2](), acc[2]())
	m := map[string]func() string{}
	for _, k := range []string{"x", "y"} {
		m[k] = func() string { return k + k }
	}
	println(m["x"](), m["y"]())
	j := 0
	for ; j < 3; j++ {
		defer func() { print("deferred j=", j, "\n") }()
	}
}
