package main

type Code int

func (c Code) String() string { return "code-" + string(rune('0'+int(c))) }

func main() {
	defer println("deferred runs first")
	panic(Code(7))
}
