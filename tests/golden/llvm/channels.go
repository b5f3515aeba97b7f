package main

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * id
	}
}

func main() {
	jobs := make(chan int, 3)
	results := make(chan int)
	go worker(2, jobs, results)
	for i := 1; i <= 3; i++ {
		jobs <- i
	}
	close(jobs)
	sum := 0
	for i := 0; i < 3; i++ {
		select {
		case r := <-results:
			sum += r
		}
	}
	println(sum)
}
