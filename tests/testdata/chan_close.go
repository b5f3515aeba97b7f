package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Println(name, "->", r, isRT)
	}()
	f()
}

func main() {
	c := make(chan int, 2)
	c <- 7
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	for x := range c {
		fmt.Println("never", x)
	}
	try("close closed", func() { close(c) })
	try("send closed", func() { c <- 1 })
	var n chan int
	try("close nil", func() { close(n) })

	// closing wakes every blocked receiver
	done := make(chan bool)
	res := make(chan string, 3)
	for i := 0; i < 3; i++ {
		go func() {
			_, ok := <-done
			res <- fmt.Sprint("woken ok=", ok)
		}()
	}
	close(done)
	for i := 0; i < 3; i++ {
		fmt.Println(<-res)
	}

	// a blocked sender panics when the channel is closed
	u := make(chan int)
	out := make(chan string)
	ready := make(chan bool)
	go func() {
		defer func() { out <- fmt.Sprint("sender: ", recover()) }()
		ready <- true
		u <- 1
	}()
	<-ready
	close(u)
	fmt.Println(<-out)
}
