package main

func describe(args ...any) string {
	s := ""
	for i, a := range args {
		if i > 0 {
			s += ","
		}
		switch v := a.(type) {
		case nil:
			s += "nil"
		case int:
			s += "i" + string(rune('0'+v%10))
		case string:
			s += "s:" + v
		case []any:
			s += "[" + describe(v...) + "]"
		case bool:
			if v {
				s += "T"
			} else {
				s += "F"
			}
		default:
			s += "?"
		}
	}
	return s
}

func count(xs ...int) int { return len(xs) }

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 999
	}
}

func main() {
	println(describe(1, "a", nil, true, 2.5))
	println(describe([]any{1, "x"}...))
	println(describe([]any{[]any{1, false}, 3}))
	println(describe(), describe(nil), describe(nil...))
	println(count(), count(1, 2), count([]int{}...), count(nil...))
	println(sum(10), sum(10, 1, 2, 3), sum(0, []int{5, 5}...))
	s := []int{1, 2}
	modify(s...)
	println(s[0])
	modify(s[1], 5)
	println(s[1])
	fs := []func(...int) int{count, func(xs ...int) int { return sum(0, xs...) }}
	for _, f := range fs {
		print(f(4, 5, 6), " ")
	}
	println()
}
