// Package greet v1.1.0 is a go 1.22 module: a variable per iteration.
package greet

func Hello() string { return "hello from greet v1.1.0" }

// Loops collects the loop variable through closures: 333 before go1.22, 12 after.
func Loops() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	s := 0
	for _, f := range fs {
		s = s*10 + f()
	}
	return s
}
