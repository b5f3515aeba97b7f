package main

func main() {
	var fs []func() int
	i := 0
again:
	v := i * i
	fs = append(fs, func() int { return v })
	i++
	if i < 4 {
		goto again
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	n := 27
	steps := 0
collatz:
	if n == 1 {
		goto done
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto collatz
done:
	println("steps", steps)
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if i*j == 2 {
				goto out
			}
			print(i, j, " ")
		}
	}
out:
	println()
}
