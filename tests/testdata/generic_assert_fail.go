package main

// A failed type assertion names the instantiated types like Go does.

type Pair[K comparable, V any] struct {
	k K
	v V
}

func Get[T any](x any) T { return x.(T) }

func main() {
	var x any = Pair[string, int]{"a", 1}
	p := Get[Pair[string, int]](x)
	println(p.k, p.v)
	println(Get[int](42))
	q := Get[Pair[int, string]](x)
	println(q.k)
}
