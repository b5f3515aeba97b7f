// A go 1.21 module: every loop has ONE variable shared by all iterations,
// so the closures below all see its last value (Go 1.22 would give 0 1 2).
package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println("for")

	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	println(*ps[0], *ps[1], *ps[2], ps[0] == ps[2], "for&")

	fs = nil
	for i, v := range []int{10, 20, 30} {
		fs = append(fs, func() int { return i*100 + v })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println("range slice")

	fs = nil
	for i, r := range "héllo" {
		fs = append(fs, func() int { return i*1000 + int(r) })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println("range string")

	fs = nil
	for k, v := range map[int]int{7: 70} {
		fs = append(fs, func() int { return k + v })
	}
	println(fs[0](), "range map")

	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	fs = nil
	for v := range ch {
		fs = append(fs, func() int { return v })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println("range chan")

	newer()
}
