package main

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	// plain iteration: every entry exactly once
	seen := map[int]int{}
	sum := 0
	for k, v := range m {
		seen[k]++
		sum += v
	}
	dups := 0
	for _, n := range seen {
		if n != 1 {
			dups++
		}
	}
	println(len(seen), sum, dups)

	// keys only, values only, neither
	ks, n := 0, 0
	for k := range m {
		ks += k
	}
	for range m {
		n++
	}
	vs := 0
	for _, v := range m {
		vs += v
	}
	println(ks, n, vs)

	// deleting during iteration: deleted unvisited entries are not produced
	d := map[int]bool{}
	for i := 0; i < 50; i++ {
		d[i] = true
	}
	visited := 0
	for k := range d {
		visited++
		if k%2 == 0 {
			delete(d, k+1) // may or may not have been visited yet
		}
		delete(d, k)
	}
	println(len(d), visited >= 25, visited <= 50)

	// deleting everything at the first step: only one entry is produced
	e := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	count := 0
	for range e {
		count++
		for k2 := range e {
			delete(e, k2)
		}
	}
	println(count, len(e))

	// inserting (and growing the map) during iteration: every original
	// entry is produced exactly once, new ones maybe
	g := map[int]int{}
	for i := 0; i < 8; i++ {
		g[i] = 1
	}
	orig := map[int]int{}
	steps := 0
	for k := range g {
		steps++
		if k < 8 {
			orig[k]++
		}
		if steps <= 8 {
			for j := 0; j < 100; j++ {
				g[1000+steps*100+j] = 2
			}
		}
	}
	once := true
	for _, c := range orig {
		if c != 1 {
			once = false
		}
	}
	println(len(orig), once, len(g), steps >= 8, steps <= len(g))

	// updating values during iteration is visible
	u := map[int]int{1: 1, 2: 2, 3: 3}
	total := 0
	for k := range u {
		u[k] = u[k] * 10
	}
	for _, v := range u {
		total += v
	}
	println(total)

	// clear during iteration stops it
	c := map[int]int{1: 1, 2: 2, 3: 3, 4: 4}
	iters := 0
	for range c {
		iters++
		clear(c)
	}
	println(iters, len(c))

	// break and continue
	br := 0
	for k := range m {
		if k%2 == 1 {
			continue
		}
		br++
		if br == 10 {
			break
		}
	}
	println(br)

	// range over a map literal and a map-returning call
	lit := 0
	for k, v := range map[string]int{"x": 1, "y": 2} {
		lit += len(k) + v
	}
	println(lit)

	// range with assignment to existing variables
	var kk, vv int
	for kk, vv = range map[int]int{7: 70} {
	}
	println(kk, vv)
}
