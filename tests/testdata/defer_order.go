package main

func trace(name string) func() {
	println("enter", name)
	return func() { println("exit", name) }
}

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 3 }()
	return 1
}

func loop() {
	for i := 0; i < 3; i++ {
		defer println("deferred", i)
	}
	for i := 0; i < 3; i++ {
		defer func() { print("closure ", i, "\n") }()
	}
}

type T struct{ v int }

func (t T) show()   { println("value recv", t.v) }
func (t *T) pshow() { println("ptr recv", t.v) }

func methods() {
	t := T{1}
	defer t.show()
	defer t.pshow()
	t.v = 2
}

func nested() {
	defer trace("nested")()
	println("body")
}

func main() {
	println(counter())
	loop()
	methods()
	nested()
	x := 10
	defer println("args evaluated early", x)
	x = 20
	println("x now", x)
}
