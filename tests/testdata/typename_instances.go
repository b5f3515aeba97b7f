package main

import (
	"encoding/json"
	"fmt"
)

type Box[T any] struct{ v T }
type Pair[K comparable, V any] struct {
	k K
	v V
}

func main() {
	fmt.Printf("%T\n", Box[struct{ X int }]{})
	fmt.Printf("%T\n", Box[func(int, ...string) (string, error)]{})
	fmt.Printf("%T\n", Box[map[string]any]{})
	fmt.Printf("%T\n", Box[chan<- int]{})
	fmt.Printf("%T\n", Box[interface{ M() }]{})
	fmt.Printf("%T\n", Box[[]json.Number]{})
	fmt.Printf("%T\n", Pair[string, *Box[int]]{})
	fmt.Printf("%T\n", Box[struct{}]{})
	fmt.Printf("%T\n", Box[any]{})
	fmt.Printf("%T\n", &Box[error]{})
	fmt.Printf("%T\n", []Box[chan (<-chan int)]{})
}
