// Command panic shows Go's panic message and exit status 2.
package main

func check(n int) {
	if n > 2 {
		panic("boom")
	}
	println("ok", n)
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
}
