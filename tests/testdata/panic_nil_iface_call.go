package main

type Animal interface{ Sound() string }

type Dog struct{}

func (Dog) Sound() string { return "woof" }

func main() {
	zoo := []Animal{Dog{}, nil}
	for _, a := range zoo {
		println(a.Sound())
	}
}
