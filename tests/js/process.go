package main

import "strings"

//export Process
func Process(data string) string { return strings.ToUpper(strings.TrimSpace(data)) }

//export Sum
func Sum(b []byte) int {
	n := 0
	for _, c := range b {
		n += int(c)
	}
	return n
}

func main() {}
