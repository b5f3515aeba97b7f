package main

type Op struct {
	name string
	fn   func(a, b int) int
}

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func twice(x int) int { return 2 * x }

var table = [2]Op{{"add", add}, {"sub", sub}}

func pick(name string) func(int, int) int {
	for _, op := range table {
		if op.name == name {
			return op.fn
		}
	}
	return nil
}

func main() {
	for _, op := range table {
		println(op.name, op.fn(10, 3))
	}
	ops := [3]func(int, int) int{add, sub, func(a, b int) int { return a * b }}
	for i := range ops {
		println(ops[i](6, 7))
	}
	h := compose(twice, func(x int) int { return x + 1 })
	println(h(5))
	println(compose(h, h)(1))
	println(pick("sub")(1, 2), pick("mul") == nil)
	fp := &table[0]
	fp.fn = sub
	println(table[0].fn(1, 1))
}
