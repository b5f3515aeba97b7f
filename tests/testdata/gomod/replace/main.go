package main

import "example.com/greet"

func main() {
	println(greet.Hello())
	println("greet loops:", greet.Loops())
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	println("main loops:", fs[0](), fs[1](), fs[2]())
}
