package main

var hook func(int) int

func main() {
	println(hook == nil)
	f := func(x int) int { return x + 1 }
	println(f != nil, f(1))
	hook = f
	println(hook(41))
	hook = nil
	println(hook == nil)
	println(hook(1))
}
