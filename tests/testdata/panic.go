package main

func main() {
	var s []int
	i := 5
	_ = s[i]
}
