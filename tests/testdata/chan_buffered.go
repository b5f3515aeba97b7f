package main

import "fmt"

type pair struct {
	a string
	b float64
}

func main() {
	c := make(chan int, 3)
	fmt.Println(len(c), cap(c))
	c <- 1
	c <- 2
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c)
	c <- 3
	c <- 4
	fmt.Println(len(c))
	for i := 0; i < 3; i++ {
		fmt.Println(<-c)
	}

	// a producer filling a small buffer faster than the consumer drains it
	p := make(chan pair, 2)
	go func() {
		for i := 0; i < 5; i++ {
			p <- pair{fmt.Sprint("item", i), float64(i) / 2}
		}
		close(p)
	}()
	for v := range p {
		fmt.Println(v.a, v.b)
	}
	v, ok := <-p
	fmt.Printf("%q %v %v\n", v.a, v.b, ok)

	// channels of channels, and directional channel types
	reqs := make(chan chan<- int, 1)
	go serve(reqs)
	for i := 0; i < 3; i++ {
		reply := make(chan int, 1)
		reqs <- reply
		fmt.Println("reply", <-reply)
	}
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc), nilc == nil)

	// values larger than a word, and zero-size values
	big := make(chan [5]int64, 1)
	big <- [5]int64{1, 2, 3, 4, 5}
	fmt.Println(<-big)
	z := make(chan struct{}, 2)
	z <- struct{}{}
	fmt.Println(len(z))
	var sink interface{} = c
	_, isChan := sink.(chan int)
	fmt.Println(isChan)
}

func serve(reqs <-chan chan<- int) {
	n := 0
	for r := range reqs {
		n += 10
		r <- n
	}
}
