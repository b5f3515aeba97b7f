package example_test

import (
	"fmt"

	"example.com/gotest/example"
)

func ExampleGreet() {
	example.Greet("gopher")
	// Output: hello, gopher
}

func ExampleGreet_unordered() {
	fmt.Println("b")
	fmt.Println("a")
	// Unordered output:
	// a
	// b
}

func ExampleGreet_wrong() {
	example.Greet("x")
	// Output:
	// hello, y
}

func ExampleGreet_noOutput() {
	example.Greet("never run")
}
