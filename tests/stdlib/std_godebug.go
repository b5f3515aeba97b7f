// golden: GOARCH=386
package main

// $GODEBUG reaches internal/godebug at start-up (runtime hook setUpdate):
// randautoseed=0 makes math/rand's top-level functions use seed 1.

import "math/rand"

func main() {
	a := rand.Intn(1000000)
	b := rand.New(rand.NewSource(1)).Intn(1000000)
	println("top-level source seeded with 1:", a == b)
}
