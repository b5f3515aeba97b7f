package main

import (
	"fmt"
	"time"
)

func main() {
	select {
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	case <-make(chan int):
		fmt.Println("impossible")
	}

	t := time.NewTimer(time.Hour)
	fmt.Println("stop:", t.Stop())
	t.Reset(10 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired")
	fmt.Println("stop after fire:", t.Stop())

	done := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { done <- "afterfunc" })
	fmt.Println(<-done)
	f := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stopped:", f.Stop())

	tk := time.NewTicker(3 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 4 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", n)

	fast := make(chan int)
	go func() {
		time.Sleep(2 * time.Millisecond)
		fast <- 1
	}()
	select {
	case v := <-fast:
		fmt.Println("fast", v)
	case <-time.After(time.Second):
		fmt.Println("slow")
	}
}
