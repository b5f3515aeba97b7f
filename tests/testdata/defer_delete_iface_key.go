package main

type k struct {
	p   *int
	len int
}

func main() {
	m := map[any]struct{}{}
	x := 1
	key := k{&x, 3}
	m[key] = struct{}{}
	func() {
		defer delete(m, key)
		println(len(m))
	}()
	println(len(m))
}
