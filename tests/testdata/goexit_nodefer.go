// runtime.Goexit in a program that defers nothing ends the calling goroutine;
// runtime.Goexit in main waits for the other goroutines, then is a deadlock.
package main

import "runtime"

func worker(done chan int) {
	done <- 1
	runtime.Goexit()
	println("not reached")
}

func main() {
	done := make(chan int)
	go worker(done)
	println("got", <-done)
	go func() {
		println("last goroutine")
		done <- 2
	}()
	go func() { println("reader got", <-done) }()
	runtime.Goexit()
}
