//go:debug panicnil=0

package main

func main() {
	panic(nil)
}
