package main

func primes(n int) int {
	count := 0
	for i := 2; i <= n; i++ {
		isPrime := true
		for j := 2; j*j <= i; j++ {
			if i%j == 0 {
				isPrime = false
				break
			}
		}
		if isPrime {
			count++
		}
	}
	return count
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	println(primes(1000), collatz(27))
	var grid [4][4]int
	for i := range 4 {
		for j := range 4 {
			grid[i][j] = i * j
		}
	}
	sum := 0
	for _, row := range grid {
		for _, v := range row {
			sum += v
		}
	}
	println(sum)
	k := 0
	for {
		k++
		if k > 100 {
			break
		}
	}
	println(k)
	n := 0
next:
	for i := 0; i < 10; i++ {
		switch {
		case i%2 == 0:
			continue next
		case i == 7:
			break next
		}
		n += i
	}
	println(n)
	var count int8
	for i := range int8(5) {
		count += i
	}
	println(count)
}
