// defer and go statements of builtins: close, delete, clear, print, println.
package main

import "fmt"

func produce(ch chan int) {
	defer close(ch)
	for i := range 3 {
		ch <- i
	}
}

func main() {
	ch := make(chan int)
	go produce(ch)
	for v := range ch {
		fmt.Println(v)
	}
	done := make(chan bool)
	go close(done)
	<-done
	fmt.Println("closed")
	m := map[int]int{1: 1, 2: 2}
	func() {
		defer delete(m, 1)
		defer clear(m)
		defer print("p ", 1, "\n")
		defer println("x")
	}()
	fmt.Println(len(m))
}
