package main

func main() {
	m := map[any]int{}
	m[1] = 1
	m["s"] = 2
	println(len(m))
	var k any = map[string]int{}
	m[k] = 3
}
