package util

var n int

func Next() int {
	n++
	return n * 100
}

func init() { println("util init") }
