// golden: GOARCH=386
// os.Exit with a non-zero status: deferred functions do not run, buffered output written before stays.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not print")
	fmt.Println("before exit")
	fmt.Fprintln(os.Stderr, "to stderr before exit")
	os.Stdout.WriteString("direct write\n")
	os.Exit(3)
}
