// Package greet in a local directory replaces v1.0.0 (go 1.22).
package greet

func Hello() string { return "hello from the local replacement" }

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
