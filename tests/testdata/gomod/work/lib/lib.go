// Package wlib is the second module of the workspace; its go.mod says go 1.21.
package wlib

func Name() string { return "wlib from the workspace" }

func Loops() int {
	var fs []func() int
	for _, v := range []int{1, 2, 3} {
		fs = append(fs, func() int { return v })
	}
	s := 0
	for _, f := range fs {
		s = s*10 + f()
	}
	return s
}
