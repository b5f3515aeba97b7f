package main

import (
	"fmt"
	"runtime"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
	log     []int
}

func main() {
	var acc account
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				acc.mu.Lock()
				v := acc.balance
				runtime.Gosched() // let others run while holding the lock
				acc.balance = v + 1
				acc.mu.Unlock()
			}
			acc.mu.Lock()
			acc.log = append(acc.log, n)
			acc.mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(acc.balance, len(acc.log))

	// RWMutex, Once and Cond across goroutines
	var rw sync.RWMutex
	var once sync.Once
	shared := map[int]int{}
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(func() { fmt.Println("once") })
			rw.Lock()
			shared[i] = i * 2
			rw.Unlock()
			rw.RLock()
			_ = shared[i]
			rw.RUnlock()
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, v := range shared {
		sum += v
	}
	fmt.Println(len(shared), sum)

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for ready == 0 {
				cond.Wait()
			}
			ready++
			mu.Unlock()
		}()
	}
	runtime.Gosched()
	mu.Lock()
	ready = 1
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("ready", ready)
}
