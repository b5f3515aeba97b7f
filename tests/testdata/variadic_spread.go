package main

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func max(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func forward(xs ...int) int { return max(0, xs...) }

type Logger struct{ prefix string }

func (l Logger) Log(args ...int) {
	print(l.prefix)
	for _, a := range args {
		print(" ", a)
	}
	println()
}

func main() {
	println(join(", ", "a", "b", "c"))
	println(join("-"))
	println(max(3), max(1, 9, 4), forward(5, 8, 2), forward())
	arr := [4]string{"w", "x", "y", "z"}
	println(join("+", arr[0], arr[3]))
	l := Logger{"log:"}
	l.Log()
	l.Log(1, 2, 3)
	lf := l.Log
	lf(4)
	f := func(xs ...int) int { return len(xs) }
	println(f(), f(1, 2, 3))
	var g func(string, ...string) string = join
	println(g("/", "usr", "bin"))
}
