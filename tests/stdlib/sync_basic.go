// golden: GOARCH=386
// sync: WaitGroup, Mutex, RWMutex, Once, sync.Map, Pool, atomic counters with goroutines (deterministic totals).
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func main() {
	var wg sync.WaitGroup
	c := Counter{m: map[string]int{}}
	var hits atomic.Int64
	var plain int32
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc([]string{"a", "b", "c"}[(id+j)%3])
				hits.Add(1)
				atomic.AddInt32(&plain, 2)
			}
		}(i)
	}
	wg.Wait()
	keys := make([]string, 0)
	for k := range c.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", c.m[k], " ")
	}
	fmt.Println(hits.Load(), atomic.LoadInt32(&plain))
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	v := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(v(), v())
	var rw sync.RWMutex
	shared := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg2.Add(2)
		go func() { defer wg2.Done(); rw.Lock(); shared += 10; rw.Unlock() }()
		go func() { defer wg2.Done(); rw.RLock(); _ = shared; rw.RUnlock() }()
	}
	wg2.Wait()
	fmt.Println(shared)
	var sm sync.Map
	sm.Store("x", 1)
	sm.Store("y", 2)
	val, ok := sm.Load("x")
	fmt.Println(val, ok)
	act, loaded := sm.LoadOrStore("x", 9)
	fmt.Println(act, loaded)
	sm.Delete("y")
	n := 0
	sm.Range(func(k, v any) bool { n++; return true })
	fmt.Println(n)
	p := sync.Pool{New: func() any { return new([64]byte) }}
	b := p.Get().(*[64]byte)
	b[0] = 1
	p.Put(b)
	fmt.Println(p.Get() != nil)
	var cas atomic.Value
	cas.Store("first")
	fmt.Println(cas.Load(), cas.CompareAndSwap("first", "second"), cas.Load())
	results := make(chan int, 3)
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	for i := 0; i < 3; i++ {
		go func(i int) {
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
			results <- i * i
		}(i)
	}
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println("sum", sum)
}
