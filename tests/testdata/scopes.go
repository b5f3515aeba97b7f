package main

var x = 1

func shadow() int {
	x := 2
	{
		x := 3
		x++
		_ = x
	}
	if x := 10; x > 5 {
		return x
	}
	return x
}

func main() {
	println(x, shadow())
	x := "local"
	println(x)
	for i := 0; i < 2; i++ {
		i := i * 10
		println(i)
	}
	switch y := 5; {
	case y > 3:
		y := "inner"
		println(y)
	}
	const c = 2
	{
		const c = "s"
		println(c)
	}
	println(c)
}
