package main

func main() {
	var v any = "text"
	n := v.(int)
	println(n)
}
