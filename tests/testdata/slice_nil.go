// golden: GOARCH=386
package main

var global []string
var global2 *[]int

func get(n int) []int {
	if n == 0 {
		return nil
	}
	return make([]int, n)
}

func main() {
	var s []int
	global2 = &s // escapes: gc (go1.25+) starts a non-escaping append with a 32-byte stack buffer
	println(s == nil, len(s), cap(s), s != nil)
	for range s {
		println("never")
	}
	s = append(s, 1)
	println(s == nil, len(s), s[0])
	t := s[:0]
	println(t == nil, len(t), cap(t))
	var n []int
	u := n[:]
	println(u == nil, len(n[0:0]))
	println(global == nil, len(global))
	global = append(global, "x", "y")
	println(global == nil, len(global), global[1])
	println(get(0) == nil, get(2) == nil)
	e := []int{}
	println(e == nil, make([]int, 0) == nil)
	var ns []string
	ns = append(ns, ns...)
	println(ns == nil, len(ns))
	var m map[string]int
	println(m == nil, len(m), m["x"])
}
