package main

var x = "global"

func len2(s string) int { return len(s) * 2 }

func main() {
	println(x)
	x := 1
	{
		x := x + 1
		println(x)
		{
			x := "inner"
			println(x)
		}
	}
	println(x)
	if x := 10; x > 5 {
		println("if", x)
	} else if y := x * 2; y > 0 {
		println("never", y)
	}
	for x := 0; x < 2; x++ {
		x := x * 100
		print(x, " ")
	}
	println()
	len := func(s string) int { return 42 }
	println(len("abc"), len2("abc"))
	{
		true := false
		println(true)
	}
	type int struct{ v string }
	var i int = int{"shadowed int type"}
	println(i.v)
	nil := 5
	println(nil)
	switch x := "sw"; x {
	case "sw":
		x := 3
		println(x)
	}
	println(x)
}
