package main

import "fmt"

type ball struct{ hits int }

func player(name string, in <-chan *ball, out chan<- *ball, done chan bool) {
	for {
		b, ok := <-in
		if !ok {
			close(out)
			done <- true
			return
		}
		b.hits++
		fmt.Println(name, b.hits)
		if b.hits >= 6 {
			close(out)
			done <- true
			return
		}
		out <- b
	}
}

func main() {
	toPing := make(chan *ball)
	toPong := make(chan *ball)
	done := make(chan bool)
	go player("ping", toPing, toPong, done)
	go player("pong", toPong, toPing, done)
	toPing <- new(ball)
	<-done
	<-done
	fmt.Println("game over")

	// unbuffered handshake: the sender waits for the receiver
	c := make(chan string)
	ack := make(chan struct{})
	go func() {
		for s := range c {
			fmt.Println("recv", s)
			ack <- struct{}{}
		}
		close(ack)
	}()
	for _, s := range []string{"a", "b", "c"} {
		c <- s
		<-ack
	}
	close(c)
	_, ok := <-ack
	fmt.Println("ack closed:", !ok)
	fmt.Println(len(c), cap(c))
}
