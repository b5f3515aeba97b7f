// golden: GOARCH=386
// panic with an error built by the standard library: the panic message is err.Error().
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(fmt.Errorf("config: %w", err))
	}
	return n
}

func main() {
	defer fmt.Println("deferred runs before the crash")
	func() {
		defer func() {
			r := recover()
			err := r.(error)
			var ne *strconv.NumError
			fmt.Println("recovered:", err, errors.As(err, &ne), ne.Func)
		}()
		parse("x")
	}()
	fmt.Println(parse("12"))
	parse("1e3")
}
