package main

import (
	"fmt"
	"runtime"
	"strings"
)

type node struct {
	val  int
	next *node
	pad  [8]int
}

func build(n, seed int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{val: seed*1000 + i, next: head}
	}
	return head
}

func sum(l *node) int {
	s := 0
	for ; l != nil; l = l.next {
		s += l.val
	}
	return s
}

// Each worker keeps its list only in locals while it is parked on a channel;
// meanwhile other goroutines allocate enough to force collections.
func worker(id int, start <-chan bool, out chan<- string) {
	l := build(200, id)
	s := strings.Repeat(fmt.Sprint(id), 3)
	<-start
	runtime.GC()
	garbage := 0
	for i := 0; i < 2000; i++ {
		b := make([]byte, 100)
		garbage += len(b)
	}
	out <- fmt.Sprintf("%d %d %s %d", id, sum(l), s, garbage)
}

func main() {
	out := make(chan string)
	const n = 20
	starts := make([]chan bool, n)
	for i := 0; i < n; i++ {
		starts[i] = make(chan bool)
		go worker(i, starts[i], out)
	}
	runtime.Gosched()
	for i := 0; i < n; i++ {
		starts[i] <- true
		fmt.Println(<-out)
	}
	// many short-lived goroutines: their stacks must be reclaimed
	done := make(chan int)
	total := 0
	for round := 0; round < 50; round++ {
		for i := 0; i < 20; i++ {
			go func(i int) { done <- i }(i)
		}
		for i := 0; i < 20; i++ {
			total += <-done
		}
	}
	fmt.Println(total)
}
