package main

import "fmt"

func main() {
	c := make(chan int, 1)
	select {
	case v := <-c:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	c <- 5
	select {
	case v, ok := <-c:
		fmt.Println("got", v, ok)
	default:
		fmt.Println("empty")
	}
	select {
	case c <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case c <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	<-c

	// blocking select over several channels fed by goroutines, one at a time
	a := make(chan string)
	b := make(chan int)
	quit := make(chan bool)
	go func() {
		a <- "x"
		b <- 1
		a <- "y"
		b <- 2
		close(quit)
	}()
	var last string
	n := 0
loop:
	for {
		select {
		case s := <-a:
			last = s
			fmt.Println("a", s)
		case v := <-b:
			n += v
			fmt.Println("b", v)
		case <-quit:
			break loop
		}
	}
	fmt.Println(last, n)

	// select with send cases and a nil channel case that never fires
	var never chan int
	out := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("recv", <-out)
		}
		close(quit2)
	}()
	for i := 0; i < 3; i++ {
		select {
		case out <- i * 10:
		case <-never:
			fmt.Println("impossible")
		}
	}
	<-quit2
	var arr [2]int
	cc := make(chan int, 1)
	cc <- 9
	i := 1
	select {
	case arr[i] = <-cc:
	}
	fmt.Println(arr)
	select {
	case cc <- 4:
		fmt.Println("sent 4")
	}
	x, ok := <-cc
	fmt.Println(x, ok)
}

var quit2 = make(chan struct{})
