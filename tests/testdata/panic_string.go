package main

func main() {
	println("before")
	panic("something went wrong")
}
