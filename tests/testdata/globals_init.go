package main

type Config struct {
	Name    string
	Limit   *int
	Handler func(int) int
	Next    *Config
}

var limit = 10

var base = Config{Name: "base", Limit: &limit, Handler: double}

var derived = &Config{Name: "derived", Limit: base.Limit, Handler: func(x int) int { return base.Handler(x) + 1 }, Next: &base}

var registry = map[string]*Config{"base": &base, "derived": derived}

var ops = [...]func(int, int) int{add, sub, func(a, b int) int { return a * b }}

var table = func() [5]int {
	var t [5]int
	for i := range t {
		t[i] = i * i
	}
	return t
}()

var names = []string{4: "four", 1: "one"}

func double(x int) int { return 2 * x }
func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

var counter int

func next() int { counter++; return counter }

var a1, a2, a3 = next(), next(), next()

func main() {
	println(base.Name, *base.Limit, base.Handler(4))
	limit = 20
	println(*derived.Limit, derived.Handler(5), derived.Next.Name)
	println(len(registry), registry["derived"].Next == &base)
	for _, op := range ops {
		print(op(7, 3), " ")
	}
	println()
	println(table[4], len(names), names[4], names[1], names[0] == "")
	println(a1, a2, a3, counter)
}
