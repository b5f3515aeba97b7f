package main

func calls(name string, v bool, log *[]string) bool {
	*log = append(*log, name)
	return v
}

func grade(score int) string {
	switch s := score / 10; s {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7, 6:
		return "C"
	}
	return "F"
}

func weird(x any) string {
	switch x {
	case 1:
		return "int one"
	case "1":
		return "string one"
	case 1.0 + 0i:
		return "complex"
	case nil:
		return "nil"
	}
	return "none"
}

func main() {
	var log []string
	switch {
	case calls("a", false, &log):
	case calls("b", true, &log):
		println("b matched")
	case calls("c", true, &log):
	}
	println(len(log), log[len(log)-1])
	for _, s := range []int{100, 95, 85, 61, 42} {
		print(grade(s), " ")
	}
	println()
	println(weird(1), weird("1"), weird(1.0+0i), weird(nil), weird(int8(1)))
	switch x := 5; {
	case x > 3:
		println("big")
		fallthrough
	case x > 100:
		println("fell")
	default:
		println("no")
	}
	var r rune = 'é'
	switch r {
	case 'a', 'e', 'i':
		println("vowel")
	case 'é':
		println("accent")
	}
	s := "go"
	switch s + "lang" {
	case "golang":
		println("golang!")
	}
	switch {
	}
	i := 0
loop:
	for {
		switch {
		case i > 3:
			break loop
		case i%2 == 0:
			i += 1
			continue
		}
		i += 2
	}
	println(i)
}
