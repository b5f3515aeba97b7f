// golden: GOARCH=386
// A panic raised inside the standard library (strings.Repeat with a negative count) reaches the top level.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("ab", 2))
	n := -1
	fmt.Println(strings.Repeat("x", n))
}
