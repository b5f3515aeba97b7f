package main

func main() {
	defer func() {
		println(recover() != nil)
		panic("third")
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}
