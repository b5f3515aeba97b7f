package main

import "fmt"

func main() {
	fmt.Println("hello, world")
	for i := 0; i < 3; i++ {
		fmt.Println(i, i*i)
	}
}
