package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) add(key string, wg *sync.WaitGroup) {
	defer wg.Done()
	c.mu.Lock()
	c.n[key]++
	c.mu.Unlock()
}

func worker(id int, results []int, wg *sync.WaitGroup) {
	defer wg.Done()
	results[id] = id * id
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go worker(i, results, &wg)
	}
	wg.Wait()
	fmt.Println(results)

	// closures capturing loop variables (Go 1.22 semantics)
	sums := make([]string, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sums[i] = fmt.Sprintf("g%d", i)
		}()
	}
	wg.Wait()
	fmt.Println(sums)

	// methods as goroutines, bound receivers
	c := &counter{n: map[string]int{}}
	for _, k := range []string{"a", "b", "a", "c", "a"} {
		wg.Add(1)
		go c.add(k, &wg)
	}
	wg.Wait()
	fmt.Println(c.n["a"], c.n["b"], c.n["c"])

	// method value through an interface
	var s fmt.Stringer = stringer("iface")
	done := make(chan string)
	go func(f func() string) { done <- f() }(s.String)
	fmt.Println(<-done)

	// a goroutine whose deferred function recovers a panic
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		var m map[string]int
		m["x"] = 1
	}()
	wg.Wait()

	// go with a builtin and arguments evaluated at the go statement
	x := 1
	wg.Add(1)
	go func(v int) {
		defer wg.Done()
		fmt.Println("arg", v)
	}(x)
	x = 2
	wg.Wait()
	fmt.Println("x", x)
}

type stringer string

func (s stringer) String() string { return "stringer:" + string(s) }
