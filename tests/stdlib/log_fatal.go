// golden: GOARCH=386
// log.Fatal prints to stderr and exits with status 1 without running defers.
package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("deferred: must not print")
	log.SetFlags(0)
	fmt.Println("about to fail")
	log.Fatalf("fatal: %s %d", "code", 42)
}
