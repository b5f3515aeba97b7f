package main

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func grade(n int) string {
	switch n {
	case 1, 2:
		return "low"
	case 3:
		fallthrough
	case 4:
		return "mid"
	}
	return "high"
}

func main() {
	for i := -1; i < 4; i++ {
		println(i, classify(i), grade(i))
	}
	sum := 0
	for i := 0; ; i++ {
		if i == 10 {
			break
		}
		if i%3 == 0 {
			continue
		}
		sum += i
	}
	println("sum", sum)
	n := 0
	for n < 5 {
		n += 2
	}
	println("n", n)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			println(i, j)
		}
	}
	i := 0
loop:
	if i < 3 {
		println("goto", i)
		i++
		goto loop
	}
	for k := range 3 {
		println("range", k)
	}
	if x := classify(7); x == "odd" {
		println("seven is odd")
	} else if x == "even" {
		println("bug")
	} else {
		println("bug too")
	}
	t, f := true, false
	println(t && f, t || f, !t, t && !f || f)
}
