package main

func risky(n int) (res int) {
	defer func() {
		if r := recover(); r != nil {
			println("recovered", r.(string))
			res = -n
		}
	}()
	if n%2 == 1 {
		panic("odd")
	}
	return n
}

func main() {
	total := 0
	for i := 0; i < 5; i++ {
		total += risky(i)
	}
	println("total", total)
	defer println("main deferred")
	func() {
		defer func() {
			recover()
			println("swallowed")
		}()
		panic("first")
	}()
	var arr []string
	println(arr[len(arr)-1+total-total])
}
