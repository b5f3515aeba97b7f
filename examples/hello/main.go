// Command hello prints a greeting with the println builtin.
package main

func greeting(name string) string {
	return "hello, " + name + "!"
}

func main() {
	println(greeting("world"))
	for i := 1; i <= 3; i++ {
		println("line", i, i*i > 3)
	}
}
