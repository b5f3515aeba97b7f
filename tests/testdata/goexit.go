// runtime.Goexit runs the goroutine's deferred calls, cannot be recovered,
// and ends only that goroutine.
package main

import (
	"fmt"
	"runtime"
)

func worker(id int, out chan<- string) {
	defer func() { out <- fmt.Sprint("deferred ", id, " recover=", recover()) }()
	defer fmt.Println("worker", id, "unwinding")
	func() {
		defer fmt.Println("inner defer", id)
		runtime.Goexit()
	}()
	fmt.Println("not reached", id)
}

func main() {
	out := make(chan string)
	for i := range 3 {
		go worker(i, out)
		fmt.Println(<-out)
	}
	fmt.Println("main goes on")
}
