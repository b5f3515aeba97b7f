package main

func main() {
	x := 1
	for i := 3; i >= -1; i-- {
		println(x << i)
	}
}
