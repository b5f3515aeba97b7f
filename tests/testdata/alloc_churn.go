// golden: GOARCH=386
package main

type obj struct {
	a, b, c, d int
	name      string
}

func build(n int) []*obj {
	out := make([]*obj, 0, 16)
	for i := 0; i < n; i++ {
		out = append(out, &obj{a: i, b: i * 2, name: "x"})
	}
	return out
}

func main() {
	total := 0
	for round := 0; round < 200; round++ {
		objs := build(5000)
		for _, o := range objs {
			total += o.b - o.a
		}
		s := ""
		for i := 0; i < 50; i++ {
			s += "ab"
		}
		total += len(s)
		m := map[int]string{}
		for i := 0; i < 200; i++ {
			m[i] = s[:i%50]
		}
		total += len(m)
	}
	println(total)
}
