package main

func try(name string, f func()) {
	defer func() {
		r := recover()
		println(name, "recovered:", r != nil)
		if e, ok := r.(error); ok {
			println(" ", e.Error())
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	n := 5
	var m map[string]int
	try("slice", func() { println(len(s[:n])) })
	try("index", func() { println(s[n]) })
	try("nilmap", func() { m["x"] = 1 })
	try("makeslice", func() { println(len(make([]int, -n))) })
	try("convert", func() { a := [4]int(s); println(a[0]) })
	var k any = []int{1}
	try("unhashable", func() {
		mm := map[any]int{}
		mm[k] = 1
	})
	try("append ok", func() {
		s = append(s, 4)
		println(len(s))
	})
	mm := map[string]int{"a": 1}
	try("update ok", func() {
		mm["a"]++
		println(mm["a"])
	})
}
