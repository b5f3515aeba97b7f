// Goroutine pipelines: values through three stages of unbuffered channels.
package main

import (
	"fmt"
	"sync"
)

func main() {
	src := make(chan int)
	sq := make(chan int)
	out := make(chan int64, 16)
	go func() {
		for i := 0; i < 300000; i++ {
			src <- i
		}
		close(src)
	}()
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range src {
				sq <- v % 1000 * (v % 1000)
			}
		}()
	}
	go func() { wg.Wait(); close(sq) }()
	go func() {
		s := int64(0)
		for v := range sq {
			s += int64(v)
		}
		out <- s
	}()
	fmt.Println(<-out)
}
