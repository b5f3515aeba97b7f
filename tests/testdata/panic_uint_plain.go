package main

func main() {
	defer func() {
		panic(uint64(18446744073709551615))
	}()
	defer func() {
		panic(int8(-5))
	}()
	panic(3.25)
}
