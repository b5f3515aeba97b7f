package main

type status struct{ code int }

func (s status) String() string { return "status-string" }

func main() {
	defer_free()
}

func defer_free() {
	var x any = status{3}
	panic(x)
}
