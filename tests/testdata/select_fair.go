package main

import "fmt"

func main() {
	a := make(chan int, 100)
	b := make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- i
		b <- i
	}
	na, nb := 0, 0
	for i := 0; i < 100; i++ {
		select {
		case <-a:
			na++
		case <-b:
			nb++
		}
	}
	fmt.Println(na > 20, nb > 20, na+nb)
}
