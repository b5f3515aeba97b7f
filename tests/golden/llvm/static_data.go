package main

type entry struct {
	name string
	code int
	tags []string
}

var table = []entry{
	{"alpha", 1, []string{"a"}},
	{"beta", 2, nil},
}

var lookup = map[string]int{"x": 1}

var (
	limit    = 10 * 4
	greeting = "hi " + "there"
	ptr      = &table[1]
	counter  int
)

func main() {
	counter++
	println(len(table), table[0].tags[0], lookup["x"], limit, greeting, ptr.code, counter)
}
