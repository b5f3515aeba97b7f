package main

func main() {
	arr := [3]int{1, 2, 3}
	i := 5
	println(arr[0])
	println(arr[i])
}
