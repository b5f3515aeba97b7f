package main

func producer(n int, out chan<- int, done chan struct{}) {
	for i := 0; i < n; i++ {
		select {
		case out <- i:
		case <-done:
			return
		}
	}
	close(out)
}

func main() {
	ch := make(chan int, 2)
	done := make(chan struct{})
	go producer(5, ch, done)
	total := 0
	for v := range ch {
		total += v
	}
	select {
	case v, ok := <-ch:
		println("closed", v, ok)
	default:
		println("empty")
	}
	println(total)
}
