package main

type E struct{ msg string }

func (e *E) Error() string { return "E: " + e.msg }

func main() {
	defer println("deferred before the panic message")
	var err error = &E{"bad"}
	panic(err)
}
