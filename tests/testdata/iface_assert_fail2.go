package main

type Runner interface{ Run() }

type T struct{}

func (T) Walk() {}

func main() {
	var v any = T{}
	r := v.(Runner)
	r.Run()
}
