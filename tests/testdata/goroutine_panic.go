package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("start")
	done := make(chan bool)
	go func() {
		defer fmt.Println("deferred in goroutine")
		var s []int
		_ = s[3]
		done <- true
	}()
	<-done
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
