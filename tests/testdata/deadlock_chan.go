package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		fmt.Println("worker started")
		c <- 1
	}()
	fmt.Println(<-c)
	fmt.Println("waiting forever")
	<-c
}
