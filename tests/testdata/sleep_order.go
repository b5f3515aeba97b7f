package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []int
	start := time.Now()
	for _, d := range []int{30, 10, 50, 20, 40} {
		wg.Add(1)
		go func(d int) {
			defer wg.Done()
			time.Sleep(time.Duration(d) * time.Millisecond)
			mu.Lock()
			order = append(order, d)
			mu.Unlock()
		}(d)
	}
	wg.Wait()
	fmt.Println(order)
	fmt.Println(time.Since(start) >= 50*time.Millisecond)
	// main sleeping while a goroutine works
	c := make(chan int, 1)
	go func() { c <- 42 }()
	time.Sleep(5 * time.Millisecond)
	fmt.Println(len(c), <-c)
}
